package dev.cleave.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanJsonTest {
    static Plan full() {
        Service orders = new Service("orders", List.of("shop.OrderService", "shop.Order"), List.of("shop.Order"),
                List.of("orders"), 8081, Map.of("datasource", "h2"));
        Service catalog = Service.of("catalog", List.of("shop.Product"));
        return new Plan(Plan.SCHEMA_VERSION, "sha256:abc", new Algorithm("leiden", 42, Map.of("resolution", 1.0)),
                new PlanMetrics(2, 3, 0.5, 0.1, 1.0, 1.0, 0.4, 1.0, 2, 1),
                List.of(orders, catalog), List.of("shop.StringUtils"), List.of("shop.Dead"),
                List.of(new Wiring("orders", "catalog", "rest", List.of("shop.Product#price"))),
                new Constraints(Map.of("shop.Order", "orders"), List.of(List.of("shop.Order", "shop.OrderService")),
                        List.of(), 0));
    }

    @Test
    void writeThenReadGivesTheSamePlanAndBytes() {
        String json = PlanJson.toJson(full());
        Plan back = PlanJson.fromJson(json, "plan.json");
        assertThat(back).isEqualTo(full());
        assertThat(PlanJson.toJson(back)).isEqualTo(json);
        String services = json.substring(json.indexOf("\"services\""));
        assertThat(services.indexOf("\"catalog\"")).isLessThan(services.indexOf("\"orders\""));
    }

    @Test
    void aReferenceNeedsOnlyServicesAndShared(@TempDir Path dir) {
        Plan reference = PlanJson.fromJson("""
                {"schemaVersion": 1,
                 "services": [{"name": "billing", "classes": ["b.Invoice", "b.Bill"], "tables": ["invoice"]}],
                 "shared": ["u.Strings"]}
                """, "expected.json");
        assertThat(reference.services()).singleElement().satisfies(s -> {
            assertThat(s.classes()).containsExactly("b.Bill", "b.Invoice");
            assertThat(s.port()).isZero();
            assertThat(s.pinned()).isEmpty();
        });
        assertThat(reference.constraints()).isEqualTo(Constraints.NONE);
        assertThat(reference.serviceOf("b.Bill").name()).isEqualTo("billing");
        assertThat(reference.serviceOf("u.Strings")).isNull();
        PlanJson.write(reference, dir.resolve("p.json"));
        assertThat(PlanJson.read(dir.resolve("p.json"))).isEqualTo(reference);
    }

    @Test
    void aClassInTwoPlacesIsRejectedWithTheClassNamed() {
        assertThatThrownBy(() -> PlanJson.fromJson("""
                {"schemaVersion": 1, "services": [{"name": "a", "classes": ["x.X"]}, {"name": "b", "classes": ["x.X"]}]}
                """, "p.json")).isInstanceOf(ModelFormatException.class).hasMessageContaining("x.X")
                .hasMessageContaining("service a and service b");
    }

    @Test
    void badServiceNamesAndTyposAreRejected() {
        assertThatThrownBy(() -> PlanJson.fromJson("{\"schemaVersion\": 1, \"services\": [{\"name\": \"Order Service\"}]}",
                "p.json")).isInstanceOf(ModelFormatException.class).hasMessageContaining("Order Service");
        assertThatThrownBy(() -> PlanJson.fromJson("{\"schemaVersion\": 1, \"servcies\": []}", "p.json"))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("servcies");
        assertThatThrownBy(() -> PlanJson.fromJson("{\"schemaVersion\": 1, \"services\": [{\"name\": \"a\"}, {\"name\": \"a\"}]}",
                "p.json")).isInstanceOf(ModelFormatException.class).hasMessageContaining("two services are named 'a'");
    }
}
