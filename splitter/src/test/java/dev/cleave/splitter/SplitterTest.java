package dev.cleave.splitter;

import dev.cleave.model.Constraints;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.Service;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.cleave.splitter.ShopFixture.P;
import static org.assertj.core.api.Assertions.assertThat;

/** Splitting the hand-built {@link ShopFixture} with a fixed seed: exact services, names, tables, determinism. */
class SplitterTest {

    static List<String> ids(String... simpleNames) {
        return java.util.Arrays.stream(simpleNames).map(s -> P + s).toList();
    }

    @Test
    void proposesOneServicePerCapabilityWithItsTablesAndSetsUtilitiesAndLoneClassesAside() {
        Plan plan = Splitter.split(ShopFixture.shop(), SplitOptions.defaults());
        assertThat(plan.services()).extracting(Service::name).containsExactly("customer", "order");
        assertThat(plan.service("order").classes()).containsExactlyElementsOf(
                ids("OldReport", "Order", "OrderController", "OrderDto", "OrderLine", "OrderRepository",
                        "OrderService"));
        assertThat(plan.service("customer").classes()).containsExactlyElementsOf(
                ids("Customer", "CustomerController", "CustomerDto", "CustomerRepository", "CustomerService"));
        assertThat(plan.service("order").tables()).containsExactly("order_line", "orders");
        assertThat(plan.service("customer").tables()).containsExactly("customer");
        assertThat(plan.shared()).containsExactly(P + "StringUtils");
        assertThat(plan.unassigned()).containsExactly(P + "Lonely");
    }

    @Test
    void recordsTheAlgorithmItsParametersAndScores() {
        Plan plan = Splitter.split(ShopFixture.shop(), SplitOptions.defaults().withResolution(1.5));
        assertThat(plan.algorithm().name()).isEqualTo("leiden");
        assertThat(plan.algorithm().seed()).isEqualTo(42);
        assertThat(plan.algorithm().parameters()).containsEntry("resolution", 1.5).containsEntry("weight.call", 1.0)
                .containsEntry("weight.annotation", 0.0);
        assertThat(plan.metrics().services()).isEqualTo(2);
        assertThat(plan.wiring()).anySatisfy(w -> {
            assertThat(w.from()).isEqualTo("order");
            assertThat(w.to()).isEqualTo("customer");
        });
    }

    @Test
    void twoRunsGiveByteIdenticalPlans() {
        String first = PlanJson.toJson(Splitter.split(ShopFixture.shop(), SplitOptions.defaults()));
        String second = PlanJson.toJson(Splitter.split(ShopFixture.shop(), SplitOptions.defaults()));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void reportsClassesNothingUsesAndTheFrameworkDoesNotCall() {
        assertThat(Splitter.deadClasses(ShopFixture.shop())).containsExactlyElementsOf(ids("Lonely", "OldReport"));
    }

    @Test
    void aFixedNumberOfServicesMergesTheMostConnectedOrSplitsTheLoosest() {
        Plan one = Splitter.split(ShopFixture.shop(), SplitOptions.defaults().withServices(1));
        assertThat(one.services()).hasSize(1);
        assertThat(one.services().get(0).classes()).hasSize(12);
        Plan three = Splitter.split(ShopFixture.shop(), SplitOptions.defaults().withServices(3));
        assertThat(three.services()).hasSize(3);
        Plan everyClass = Splitter.split(ShopFixture.shop(), SplitOptions.defaults().withServices(14));
        assertThat(everyClass.services()).hasSize(14).allSatisfy(s -> assertThat(s.classes()).hasSize(1));
        Plan fromConstraints = Splitter.split(ShopFixture.shop(), SplitOptions.defaults()
                .withConstraints(new Constraints(Map.of(), List.of(), List.of(), 1)));
        assertThat(fromConstraints.services()).hasSize(1);
    }

    @Test
    void aRangeOfServicesIsMet() {
        assertThat(Splitter.split(ShopFixture.shop(), SplitOptions.defaults().withServiceRange(3, 4)).services())
                .hasSizeBetween(3, 4);
        assertThat(Splitter.split(ShopFixture.shop(), SplitOptions.defaults().withServiceRange(0, 1)).services())
                .hasSize(1);
    }

    @Test
    void anEmptyGraphOrOneWithoutEdgesGivesNoServices() {
        Plan empty = Splitter.split(ShopFixture.graph(List.of(), List.of()), SplitOptions.defaults());
        assertThat(empty.services()).isEmpty();
        Plan lonely = Splitter.split(ShopFixture.graph(List.of(ShopFixture.node("A", List.of(), List.of()),
                ShopFixture.node("B", List.of(), List.of())), List.of()), SplitOptions.defaults());
        assertThat(lonely.services()).isEmpty();
        assertThat(lonely.unassigned()).containsExactlyElementsOf(ids("A", "B"));
    }
}
