package dev.cleave.splitter.domain;

import dev.cleave.model.EdgeKind;
import dev.cleave.model.Plan;
import dev.cleave.model.Stereotype;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.splitter.Splitter;
import dev.cleave.splitter.WhatIf;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's shell belongs to no capability: its start in the shared library, its web shell in one service. */
class ShellRulesTest {

    static Plan split(Graphs g) {
        return Splitter.split(g.build(), SplitOptions.defaults());
    }

    @Test
    void theApplicationClassAndWhatOnlyItUsesAreSharedNotInTheServiceTheyReference() {
        Graphs g = DomainRulesTest.three().node("ShopApplication", Stereotype.APPLICATION)
                .node("ShopRuntimeHints", null).node("ImportedConfig", Stereotype.CONFIGURATION)
                .edge("ShopApplication", "ShopRuntimeHints", EdgeKind.TYPE_USE, 1)
                .edge("ShopApplication", "ImportedConfig", EdgeKind.TYPE_USE, 1)
                .edge("ShopRuntimeHints", "Order", EdgeKind.TYPE_USE, 3)
                .edge("ShopRuntimeHints", "OrderDto", EdgeKind.TYPE_USE, 2)
                .edge("ImportedConfig", "OrderService", EdgeKind.TYPE_USE, 1);
        Plan plan = split(g);
        assertThat(plan.shared()).contains("d.ShopApplication", "d.ShopRuntimeHints", "d.ImportedConfig");
        assertThat(plan.serviceOf("d.Order").name()).isEqualTo("order");
        assertThat(new WhatIf(g.build(), plan, SplitOptions.DEFAULT_EDGE_WEIGHTS).explain("d.ShopRuntimeHints")
                .reasons()).containsExactly("used only by the application's shell (ShopApplication): it belongs in"
                + " the shared library with the application class");
    }

    @Test
    void aClassAServiceUsesIsNotPartOfTheShellEvenIfTheApplicationClassUsesItToo() {
        Plan plan = split(DomainRulesTest.three().node("ShopApplication", Stereotype.APPLICATION)
                .node("OrderClock", null)
                .edge("ShopApplication", "OrderClock", EdgeKind.TYPE_USE, 1)
                .edge("OrderService", "OrderClock", EdgeKind.CALL, 3));
        assertThat(plan.serviceOf("d.OrderClock").name()).isEqualTo("order");
    }

    @Test
    void aWelcomeAndAnErrorControllerThatReferenceNothingGoToTheServiceServingTheRoot() {
        Graphs g = DomainRulesTest.three().controller("HomeController", "/").controller("WelcomeController", "/welcome")
                .controller("CrashController", "/oups")
                .edge("HomeController", "ProductService", EdgeKind.CALL, 2);
        Plan plan = split(g);
        assertThat(plan.unassigned()).isEmpty();
        assertThat(plan.serviceOf("d.WelcomeController").name()).isEqualTo("product");
        assertThat(plan.serviceOf("d.CrashController").name()).isEqualTo("product");
    }

    @Test
    void withoutAServiceServingTheRootTheyGoToTheServiceWithTheMostClasses() {
        Graphs g = DomainRulesTest.three().controller("WelcomeController", "/").controller("CrashController", "/oups")
                .node("CustomerMapper", null).edge("CustomerService", "CustomerMapper", EdgeKind.CALL, 4)
                .edge("CustomerMapper", "Customer", EdgeKind.CALL, 4);
        Plan plan = split(g);
        assertThat(plan.serviceOf("d.WelcomeController").name()).isEqualTo("customer");
        assertThat(plan.serviceOf("d.CrashController").name()).isEqualTo("customer");
        assertThat(plan.services()).hasSize(3);
    }
}
