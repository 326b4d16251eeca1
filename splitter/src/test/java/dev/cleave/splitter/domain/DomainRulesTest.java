package dev.cleave.splitter.domain;

import dev.cleave.model.EdgeKind;
import dev.cleave.model.Plan;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableAccess;
import dev.cleave.model.TableUse;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.splitter.Splitter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The domain rules, each on a graph of three layered capabilities built to exercise it (seed 42). */
class DomainRulesTest {

    static Graphs three() {
        return new Graphs().capability("Order", "orders").capability("Customer", "customer")
                .capability("Product", "product")
                .edge("OrderService", "CustomerService", EdgeKind.CALL, 1)
                .edge("OrderService", "ProductService", EdgeKind.CALL, 1);
    }

    static Plan split(Graphs g) {
        return Splitter.split(g.build(), SplitOptions.defaults());
    }

    /**
     * Two stems score alike in one service (each an entity and its DAO): the one the rest of the code uses names it,
     * the employee every page handles rather than the department it belongs to. Found on a servlet application, whose
     * employee service was called "department" once the department DAO's table was read.
     */
    @Test
    void ofStemsThatScoreAlikeTheOneTheCodeUsesNamesTheService() {
        Graphs g = new Graphs()
                .node("Employee", Stereotype.ENTITY, new TableUse("employee", TableAccess.MAPS))
                .node("Department", Stereotype.ENTITY, new TableUse("department", TableAccess.MAPS))
                .node("EmployeeDao", Stereotype.REPOSITORY).node("DepartmentDao", Stereotype.REPOSITORY)
                .edge("EmployeeDao", "Employee", EdgeKind.NEW, 2).edge("DepartmentDao", "Department", EdgeKind.NEW, 2)
                .edge("Employee", "Department", EdgeKind.TYPE_USE, 1);
        for (String page : new String[] {"HireServlet", "ListStaffServlet", "ViewStaffServlet", "DismissServlet"}) {
            g.node(page, Stereotype.SERVLET).edge(page, "Employee", EdgeKind.CALL, 3)
                    .edge(page, "EmployeeDao", EdgeKind.CALL, 2);
        }
        g.edge("HireServlet", "DepartmentDao", EdgeKind.CALL, 1);
        Plan plan = split(g);
        assertThat(plan.services()).hasSize(1);
        assertThat(plan.services().get(0).name()).isEqualTo("employee");
    }

    @Test
    void aUtilityUsedByOneCapabilityJoinsItAndOneUsedByAllIsShared() {
        Plan plan = split(three().node("OrderMath", Stereotype.UTILITY).node("Strings", Stereotype.UTILITY)
                .edge("OrderService", "OrderMath", EdgeKind.CALL, 3)
                .edge("OrderService", "Strings", EdgeKind.CALL, 1).edge("CustomerService", "Strings", EdgeKind.CALL, 1)
                .edge("ProductService", "Strings", EdgeKind.CALL, 1));
        assertThat(plan.serviceOf("d.OrderMath").name()).isEqualTo("order");
        assertThat(plan.shared()).containsExactly("d.Strings");
        assertThat(plan.services()).hasSize(3);
    }

    @Test
    void aListenerGoesWhereItsReactionGoesNotWhereItsEventComesFrom() {
        Plan plan = split(three().node("OrderPlaced", null).node("WelcomeOnOrder", Stereotype.LISTENER)
                .edge("OrderService", "OrderPlaced", EdgeKind.NEW, 1)
                .edge("WelcomeOnOrder", "OrderPlaced", EdgeKind.CALL, 3)
                .edge("WelcomeOnOrder", "Order", EdgeKind.CALL, 3)
                .edge("WelcomeOnOrder", "CustomerService", EdgeKind.CALL, 1));
        assertThat(plan.serviceOf("d.WelcomeOnOrder").name()).isEqualTo("customer");
        assertThat(plan.serviceOf("d.OrderPlaced").name()).isEqualTo("order");
    }

    @Test
    void aBaseClassOfManyCapabilitiesIsSharedAndDoesNotGlueThem() {
        Graphs g = three().node("AbstractController", Stereotype.CONTROLLER);
        for (String stem : new String[] {"Order", "Customer", "Product"}) {
            g.edge(stem + "Controller", "AbstractController", EdgeKind.EXTENDS, 1)
                    .edge(stem + "Controller", "AbstractController", EdgeKind.CALL, 5);
        }
        Plan plan = split(g);
        assertThat(plan.shared()).containsExactly("d.AbstractController");
        assertThat(plan.services()).hasSize(3);
    }

    @Test
    void aDaoGoesWithTheOwnerOfItsTableAndTheOwnerServiceOwnsTheTable() {
        Plan plan = split(three().node("OrderArchiveDao", Stereotype.REPOSITORY,
                        new TableUse("orders", TableAccess.WRITES))
                .edge("CustomerService", "OrderArchiveDao", EdgeKind.CALL, 6));
        assertThat(plan.serviceOf("d.OrderArchiveDao").name()).isEqualTo("order");
        assertThat(plan.service("order").tables()).containsExactly("orders");
    }

    @Test
    void aGodClassUsedByEveryCapabilityDoesNotMergeThem() {
        Graphs g = three().node("Manager", Stereotype.SERVICE);
        for (String stem : new String[] {"Order", "Customer", "Product"}) {
            g.edge(stem + "Controller", "Manager", EdgeKind.CALL, 3).edge("Manager", stem + "Repository",
                    EdgeKind.CALL, 3);
        }
        assertThat(split(g).services()).hasSize(3);
    }

    @Test
    void aClassWithoutAnyEdgeIsUnassignedAndADeadOneIsReportedButPlaced() {
        Plan plan = split(three().node("Orphan", null).node("OldOrderExport", null)
                .edge("OldOrderExport", "OrderRepository", EdgeKind.CALL, 2));
        assertThat(plan.unassigned()).containsExactly("d.Orphan");
        assertThat(plan.serviceOf("d.OldOrderExport").name()).isEqualTo("order");
        assertThat(Splitter.deadClasses(three().node("OldOrderExport", null)
                .edge("OldOrderExport", "OrderRepository", EdgeKind.CALL, 2).build()))
                .containsExactly("d.OldOrderExport");
    }
}
