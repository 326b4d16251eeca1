package dev.cleave.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlanPlacesTest {
    @Test
    void eachClassHasItsServiceTheSharedLibraryOrNoServiceAsPlace() {
        Plan plan = PlanJsonTest.full();
        assertThat(plan.placeOf("shop.Order")).contains("orders");
        assertThat(plan.placeOf("shop.StringUtils")).contains(Plan.SHARED);
        assertThat(plan.placeOf("shop.Dead")).contains(Plan.UNASSIGNED);
        assertThat(plan.placeOf("shop.Unknown")).isEmpty();
        assertThat(plan.places()).containsExactly(Map.entry("shop.Dead", Plan.UNASSIGNED),
                Map.entry("shop.Order", "orders"), Map.entry("shop.OrderService", "orders"),
                Map.entry("shop.Product", "catalog"), Map.entry("shop.StringUtils", Plan.SHARED));
        assertThat(plan.classesInSeveralPlaces()).isEmpty();
    }

    @Test
    void onlyServiceNamesAreServicePlaces() {
        assertThat(Plan.isService("orders")).isTrue();
        assertThat(Plan.isService(Plan.SHARED)).isFalse();
        assertThat(Plan.isService(Plan.UNASSIGNED)).isFalse();
        assertThat(Plan.isService(null)).isFalse();
    }

    @Test
    void aClassListedTwiceKeepsItsFirstPlaceAndIsReportedWithAllOfThem() {
        Plan plan = new Plan(Plan.SCHEMA_VERSION, "", null, null,
                List.of(Service.of("b", List.of("x.X")), Service.of("a", List.of("x.X", "x.Y"))), List.of("x.X"),
                List.of(), List.of(), null);
        assertThat(plan.placeOf("x.X")).contains("a");
        assertThat(plan.classesInSeveralPlaces()).containsExactly(Map.entry("x.X", List.of("a", "b", Plan.SHARED)));
    }
}
