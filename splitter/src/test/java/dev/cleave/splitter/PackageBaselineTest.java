package dev.cleave.splitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageBaselineTest {
    private static final List<String> CLASSES = List.of(
            "shop.App",
            "shop.order.web.OrderController", "shop.order.domain.Order", "shop.order.domain.OrderRepository",
            "shop.catalog.web.ProductController", "shop.catalog.domain.Product");

    @Test
    void oneServicePerPackageAtTheDepthThatAgreesBestWithTheReference() {
        Plan byFeature = Plan.of(List.of(
                Service.of("orders", List.of("shop.order.web.OrderController", "shop.order.domain.Order",
                        "shop.order.domain.OrderRepository")),
                Service.of("catalog", List.of("shop.catalog.web.ProductController", "shop.catalog.domain.Product"))),
                List.of("shop.App"));

        PackageBaseline baseline = PackageBaseline.best(CLASSES, byFeature);

        assertThat(baseline.depth()).as("shop.order and shop.catalog; depth 2 would cut web from domain").isEqualTo(1);
        assertThat(baseline.packages()).containsValues("shop", "shop.order", "shop.catalog");
        assertThat(baseline.plan().services()).hasSize(3);
        assertThat(baseline.mojoFm()).isEqualTo(100.0);
    }

    @Test
    void aReferenceThatCutsFeaturesByLayerPicksTheDeeperCut() {
        Plan byLayer = Plan.of(List.of(
                Service.of("order-web", List.of("shop.order.web.OrderController")),
                Service.of("order-domain", List.of("shop.order.domain.Order", "shop.order.domain.OrderRepository")),
                Service.of("catalog-web", List.of("shop.catalog.web.ProductController")),
                Service.of("catalog-domain", List.of("shop.catalog.domain.Product"))),
                List.of("shop.App"));

        assertThat(PackageBaseline.best(CLASSES, byLayer).depth()).isEqualTo(2);
    }

    @Test
    void noClassesIsAnError() {
        assertThatThrownBy(() -> PackageBaseline.best(List.of(), Plan.of(List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
