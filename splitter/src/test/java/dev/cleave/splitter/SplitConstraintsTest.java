package dev.cleave.splitter;

import dev.cleave.model.Constraints;
import dev.cleave.model.Plan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.cleave.splitter.ShopFixture.P;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each user constraint is honoured on the {@link ShopFixture}, and kept in the plan for the next split. */
class SplitConstraintsTest {

    static Plan split(Constraints constraints) {
        return Splitter.split(ShopFixture.shop(), SplitOptions.defaults().withConstraints(constraints));
    }

    static Constraints pins(Map<String, String> pins) {
        return new Constraints(pins, List.of(), List.of(), 0);
    }

    @Test
    void aPinnedClassIsInTheServiceOfThatNameWhichTakesThePinnedName() {
        Plan plan = split(pins(Map.of(P + "OrderLine", "billing", P + "Customer", "crm")));
        assertThat(plan.service("billing").classes()).contains(P + "OrderLine");
        assertThat(plan.service("billing").pinned()).containsExactly(P + "OrderLine");
        assertThat(plan.service("crm").classes()).contains(P + "Customer", P + "CustomerService");
        assertThat(plan.constraints().pins()).containsEntry(P + "OrderLine", "billing");
    }

    @Test
    void classesPinnedToDifferentServicesEndUpApartAndTheirNeighboursFollow() {
        Plan plan = split(pins(Map.of(P + "OrderController", "front", P + "Order", "orders")));
        assertThat(plan.service("front").classes()).contains(P + "OrderController");
        assertThat(plan.service("orders").classes()).contains(P + "Order");
    }

    @Test
    void reSplittingWithThePreviousPlansConstraintsKeepsThePins() {
        Plan first = split(pins(Map.of(P + "StringUtils", "customer", P + "OrderService", "checkout")));
        Plan again = Splitter.split(ShopFixture.shop(), SplitOptions.defaults().withSeed(7)
                .withConstraints(first.constraints()));
        for (Plan plan : List.of(first, again)) {
            assertThat(plan.service("customer").classes()).contains(P + "StringUtils");
            assertThat(plan.service("checkout").classes()).contains(P + "OrderService");
        }
    }

    @Test
    void keepTogetherPutsTheGroupInOneService() {
        Plan plan = split(new Constraints(Map.of(), List.of(List.of(P + "CustomerController", P + "OrderController")),
                List.of(), 0));
        assertThat(plan.serviceOf(P + "CustomerController")).isEqualTo(plan.serviceOf(P + "OrderController"));
    }

    @Test
    void keepApartPutsEachMemberInADifferentService() {
        Plan plan = split(new Constraints(Map.of(), List.of(),
                List.of(List.of(P + "Order", P + "OrderService", P + "OrderController")), 0));
        assertThat(plan.serviceOf(P + "Order")).isNotNull().isNotEqualTo(plan.serviceOf(P + "OrderService"));
        assertThat(plan.serviceOf(P + "OrderController")).isNotNull()
                .isNotIn(plan.serviceOf(P + "Order"), plan.serviceOf(P + "OrderService"));
    }

    @Test
    void keepApartIsHonouredWithAFixedNumberOfServices() {
        Plan plan = Splitter.split(ShopFixture.shop(), SplitOptions.defaults().withServices(2).withConstraints(
                new Constraints(Map.of(), List.of(), List.of(List.of(P + "Order", P + "OrderRepository")), 0)));
        assertThat(plan.services()).hasSize(2);
        assertThat(plan.serviceOf(P + "Order")).isNotEqualTo(plan.serviceOf(P + "OrderRepository"));
    }

    @Test
    void unknownClassesAreNamedWithTheFix() {
        assertThatThrownBy(() -> split(pins(Map.of("x.Nope", "order"))))
                .isInstanceOf(SplitException.class).hasMessageContaining("unknown class 'x.Nope'")
                .hasMessageContaining("fully-qualified name");
        assertThatThrownBy(() -> split(new Constraints(Map.of(), List.of(), List.of(List.of(P + "Order", "y.Gone")), 0)))
                .isInstanceOf(SplitException.class).hasMessageContaining("'y.Gone'").hasMessageContaining("keep-apart");
    }

    @Test
    void contradictionsAreNamed() {
        assertThatThrownBy(() -> split(new Constraints(Map.of(P + "Order", "a", P + "Customer", "b"),
                List.of(List.of(P + "Order", P + "Customer")), List.of(), 0)))
                .isInstanceOf(SplitException.class).hasMessageContaining("keep-together")
                .hasMessageContaining("pinned to 'a'").hasMessageContaining("pinned to 'b'");
        assertThatThrownBy(() -> split(new Constraints(Map.of(P + "Order", "a", P + "Customer", "a"), List.of(),
                List.of(List.of(P + "Order", P + "Customer")), 0)))
                .isInstanceOf(SplitException.class).hasMessageContaining("both pinned to 'a'");
        assertThatThrownBy(() -> split(new Constraints(Map.of(), List.of(List.of(P + "Order", P + "Customer")),
                List.of(List.of(P + "Customer", P + "Order")), 0)))
                .isInstanceOf(SplitException.class).hasMessageContaining("both kept together and kept apart");
    }

    @Test
    void impossibleCountsAndBadNamesAreNamed() {
        assertThatThrownBy(() -> Splitter.split(ShopFixture.shop(), SplitOptions.defaults().withServices(15)))
                .isInstanceOf(SplitException.class).hasMessageContaining("only 14 classes")
                .hasMessageContaining("at most 14");
        assertThatThrownBy(() -> SplitOptions.defaults().withServices(-1))
                .isInstanceOf(SplitException.class).hasMessageContaining("services = -1");
        assertThatThrownBy(() -> SplitOptions.defaults().withServiceRange(5, 2))
                .isInstanceOf(SplitException.class).hasMessageContaining("5..2");
        assertThatThrownBy(() -> split(pins(Map.of(P + "Order", "Bad Name"))))
                .isInstanceOf(SplitException.class).hasMessageContaining("'Bad Name'");
        assertThatThrownBy(() -> Splitter.split(ShopFixture.shop(), SplitOptions.defaults().withServices(1)
                .withConstraints(new Constraints(Map.of(), List.of(), List.of(List.of(P + "Order", P + "Customer")), 0))))
                .isInstanceOf(SplitException.class).hasMessageContaining("cannot make 1 services");
    }
}
