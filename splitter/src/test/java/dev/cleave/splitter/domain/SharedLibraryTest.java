package dev.cleave.splitter.domain;

import dev.cleave.model.EdgeKind;
import dev.cleave.model.Plan;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableAccess;
import dev.cleave.model.TableUse;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.splitter.Splitter;
import dev.cleave.splitter.WhatIf;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared library holds only classes that two or more services use and that have no domain of their own
 * (utilities, value types, base classes, framework glue); a class one capability uses goes with it. Every shared
 * class says why it is shared.
 */
class SharedLibraryTest {

    static Plan split(Graphs g) {
        return Splitter.split(g.build(), SplitOptions.defaults());
    }

    @Test
    void aBaseClassOfTwoServicesIsSharedEvenWhenOneUsesItMost() {
        Plan plan = split(DomainRulesTest.three().node("Party", Stereotype.MAPPED_SUPERCLASS)
                .edge("Customer", "Party", EdgeKind.EXTENDS, 1).edge("CustomerService", "Party", EdgeKind.CALL, 5)
                .edge("CustomerController", "Party", EdgeKind.CALL, 3).edge("Product", "Party", EdgeKind.EXTENDS, 1));
        assertThat(plan.shared()).contains("d.Party");
    }

    @Test
    void aUtilityOneServiceAndTheSharedLibraryUseIsShared() {
        Plan plan = split(DomainRulesTest.three().node("Strings", Stereotype.UTILITY)
                .node("EncodingFilter", Stereotype.FILTER)
                .edge("OrderService", "Strings", EdgeKind.CALL, 3).edge("EncodingFilter", "Strings", EdgeKind.CALL, 1));
        assertThat(plan.shared()).contains("d.EncodingFilter", "d.Strings");
    }

    @Test
    void anExceptionNamedAfterAnEntityGoesWithItsServiceWhoeverThrowsIt() {
        Plan plan = split(DomainRulesTest.three().node("CustomerNotFoundException", Stereotype.EXCEPTION)
                .edge("OrderService", "CustomerNotFoundException", EdgeKind.NEW, 2));
        assertThat(plan.serviceOf("d.CustomerNotFoundException").name()).isEqualTo("customer");
    }

    @Test
    void aListenerFollowsTheServiceItCallsNotTheEventItReads() {
        Plan plan = split(DomainRulesTest.three().node("Amount", null).node("OrderConfirmed", null)
                .node("LoyaltyListener", Stereotype.LISTENER)
                .edge("OrderService", "OrderConfirmed", EdgeKind.NEW, 1)
                .edge("OrderConfirmed", "Amount", EdgeKind.FIELD, 1)
                .edge("LoyaltyListener", "OrderConfirmed", EdgeKind.CALL, 4)
                .edge("LoyaltyListener", "CustomerService", EdgeKind.CALL, 1)
                .edge("LoyaltyListener", "CustomerService", EdgeKind.FIELD, 1));
        assertThat(plan.serviceOf("d.LoyaltyListener").name()).isEqualTo("customer");
    }

    /**
     * Found on a servlet application: its log-in DAO joins the employee table that four other DAOs read, so it shared a
     * table with each of them, and with its one servlet it counted five dependents: taken for a hub of the whole code
     * (cross-cutting, so shared) although one servlet uses it. Sharing a table is no use of the class.
     */
    @Test
    void aDaoSharingATableWithManyIsNoHubOfTheCode() {
        Graphs g = new Graphs().node("UserDao", Stereotype.REPOSITORY, new TableUse("app_user", TableAccess.READS),
                        new TableUse("employee", TableAccess.READS))
                .node("SignInServlet", Stereotype.SERVLET).edge("SignInServlet", "UserDao", EdgeKind.CALL, 1);
        for (String dao : new String[] {"EmployeeDao", "LeaveDao", "PayrollDao", "TimesheetDao"}) {
            g.node(dao, Stereotype.REPOSITORY, new TableUse("employee", TableAccess.READS))
                    .edge(dao, "UserDao", EdgeKind.TABLE, 1);
        }
        dev.cleave.model.CodeGraph graph = g.build();
        dev.cleave.splitter.internal.domain.Facts facts =
                new dev.cleave.splitter.internal.domain.Facts(graph, SplitOptions.DEFAULT_EDGE_WEIGHTS);
        int dao = graph.nodes().stream().map(dev.cleave.model.Node::id).toList().indexOf("d.UserDao");
        assertThat(facts.usedBy(dao)).as("linked by tables and by its servlet").hasSize(5);
        assertThat(facts.codeDependents(dao)).as("used by its servlet only").isEqualTo(1);
        boolean[] cross = dev.cleave.splitter.internal.domain.CrossCutting.of(facts, new int[graph.nodes().size()][0],
                new boolean[graph.nodes().size()]);
        assertThat(cross[dao]).isFalse();
    }

    @Test
    void theRowClassOfAJdbcDaoIsItsTablesEntityNotASharedUtility() {
        Graphs g = DomainRulesTest.three()
                .node("TimesheetDao", Stereotype.REPOSITORY, new TableUse("timesheet", TableAccess.WRITES))
                .node("Timesheet", null).edge("TimesheetDao", "Timesheet", EdgeKind.NEW, 1)
                .edge("TimesheetDao", "Timesheet", EdgeKind.CALL, 8);
        for (String servlet : new String[] {"SubmitHoursServlet", "ApproveHoursServlet", "ListHoursServlet"}) {
            g.node(servlet, Stereotype.SERVLET).edge(servlet, "TimesheetDao", EdgeKind.CALL, 2)
                    .edge(servlet, "Timesheet", EdgeKind.CALL, 3);
        }
        for (String user : new String[] {"OrderService", "CustomerService", "ProductService"}) {
            g.edge(user, "Timesheet", EdgeKind.CALL, 4);
        }
        Plan plan = split(g);
        assertThat(plan.serviceOf("d.Timesheet")).isNotNull();
        assertThat(plan.serviceOf("d.Timesheet").name()).isEqualTo("timesheet");
        assertThat(plan.service("timesheet").classes()).contains("d.TimesheetDao", "d.SubmitHoursServlet");
        assertThat(plan.service("timesheet").tables()).containsExactly("timesheet");
    }

    @Test
    void everySharedClassSaysWhoUsesItAndWhatKindOfClassItIs() {
        Graphs g = DomainRulesTest.three().node("Strings", Stereotype.UTILITY)
                .edge("OrderService", "Strings", EdgeKind.CALL, 1).edge("CustomerService", "Strings", EdgeKind.CALL, 1)
                .edge("ProductService", "Strings", EdgeKind.CALL, 1);
        Plan plan = split(g);
        WhatIf whatIf = new WhatIf(g.build(), plan, SplitOptions.DEFAULT_EDGE_WEIGHTS);
        assertThat(whatIf.explain("d.Strings").reasons())
                .containsExactly("used by customer, order, product; a utility");
        whatIf.move(java.util.List.of("d.CustomerService", "d.ProductService"), "order");
        assertThat(whatIf.explain("d.Strings").reasons())
                .containsExactly("used by order; a utility (one capability uses it: it could go to order)");
    }
}
