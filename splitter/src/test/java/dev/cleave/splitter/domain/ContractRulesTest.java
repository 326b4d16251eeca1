package dev.cleave.splitter.domain;

import dev.cleave.model.EdgeKind;
import dev.cleave.model.Plan;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TypeKind;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.splitter.Splitter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An interface with a single implementation is that implementation's contract and goes where it goes, however many
 * callers elsewhere know only the interface (a service locator, an XML-wired service). An interface that declares
 * no behaviour (constants) is nobody's contract.
 */
class ContractRulesTest {

    /**
     * Orders and invoices; three order screens look billing up through its interface {@code BillingApi}, which only
     * {@code InvoiceService} implements; {@code Limits} is a constants interface that {@code OrderService} implements
     * and the invoice side reads too.
     */
    static Graphs billing() {
        Graphs g = new Graphs().capability("Order", "orders").capability("Invoice", "invoices")
                .node("BillingApi", TypeKind.INTERFACE, Stereotype.SERVICE, List.of())
                .node("Limits", TypeKind.INTERFACE, Stereotype.CONSTANTS, List.of())
                .edge("InvoiceService", "BillingApi", EdgeKind.IMPLEMENTS, 1)
                .edge("OrderService", "Limits", EdgeKind.IMPLEMENTS, 1)
                .edge("InvoiceService", "Limits", EdgeKind.FIELD, 2)
                .edge("InvoiceController", "Limits", EdgeKind.FIELD, 1);
        for (String screen : new String[] {"OrderController", "OrderHistoryController", "OrderExportController"}) {
            if (!screen.equals("OrderController")) {
                g.controller(screen, "/" + screen.toLowerCase(java.util.Locale.ROOT))
                        .edge(screen, "OrderService", EdgeKind.CALL, 2).edge(screen, "Order", EdgeKind.TYPE_USE, 2);
            }
            g.edge(screen, "BillingApi", EdgeKind.CALL, 3).edge(screen, "BillingApi", EdgeKind.TYPE_USE, 2);
        }
        return g;
    }

    @Test
    void anInterfaceGoesWithItsOnlyImplementationNotWithItsCallers() {
        Plan plan = Splitter.split(billing().build(), SplitOptions.defaults());

        assertThat(plan.serviceOf("d.InvoiceService")).isNotEqualTo(plan.serviceOf("d.OrderService"));
        assertThat(plan.serviceOf("d.BillingApi")).isEqualTo(plan.serviceOf("d.InvoiceService"));
    }

    @Test
    void aConstantsInterfaceIsNotTiedToTheClassThatImplementsIt() {
        Plan plan = Splitter.split(billing().build(), SplitOptions.defaults());

        assertThat(plan.shared()).contains("d.Limits");
    }
}
