package dev.cleave.splitter.domain;

import dev.cleave.model.EdgeKind;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import dev.cleave.model.Stereotype;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.splitter.Splitter;
import dev.cleave.splitter.WhatIf;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No proposed service is smaller than a service worth running (by default 5 classes and 100 lines) or made only of
 * entry points: such clusters merge into the service they are most tied to, and say so in their explanation. A
 * fixed number of services, the bounds and the option itself still win.
 */
class GranularityTest {

    /** The three capabilities plus reviews: controller, service, repository, entity (4 classes), tied to products. */
    static Graphs withReviews() {
        return DomainRulesTest.three().capability4("Review")
                .edge("ReviewService", "Product", EdgeKind.CALL, 3)
                .edge("ReviewService", "ProductService", EdgeKind.CALL, 2)
                .edge("ReviewController", "ProductDto", EdgeKind.TYPE_USE, 1)
                .edge("ReviewService", "CustomerService", EdgeKind.CALL, 1);
    }

    @Test
    void aCapabilityBelowTheMinimumSizeMergesIntoTheServiceItIsMostTiedToAndSaysSo() {
        Plan plan = Splitter.split(withReviews().build(), SplitOptions.defaults());
        assertThat(plan.services()).extracting(Service::name).containsExactly("customer", "order", "product");
        assertThat(plan.service("product").classes()).contains("d.Review", "d.ReviewController", "d.ReviewService");
        assertThat(new WhatIf(withReviews().build(), plan, SplitOptions.DEFAULT_EDGE_WEIGHTS)
                .explain("d.ReviewController").reasons())
                .anySatisfy(r -> assertThat(r).startsWith("review (4 classes, 120 lines) is below the smallest service"
                        + " (5 classes, 100 lines): merged into product, the service it is most tied to"));
    }

    @Test
    void linesCountToo() {
        Graphs g = DomainRulesTest.three().lines(10).capability("Tag", "tags").lines(30)
                .edge("TagService", "Product", EdgeKind.CALL, 3).edge("TagService", "ProductService", EdgeKind.CALL, 2);
        Plan plan = Splitter.split(g.build(), SplitOptions.defaults());
        assertThat(plan.serviceOf("d.TagController").name()).isEqualTo("product");
    }

    @Test
    void aServiceMadeOnlyOfEntryPointsIsNoService() {
        Graphs g = DomainRulesTest.three();
        String[] admin = {"AdminUsersServlet", "AdminRolesServlet", "AdminAuditServlet", "AdminJobsServlet",
            "AdminStatsServlet"};
        for (int i = 0; i < admin.length; i++) {
            g.node(admin[i], Stereotype.SERVLET);
            for (int j = 0; j < i; j++) {
                g.edge(admin[i], admin[j], EdgeKind.CALL, 4);
            }
        }
        g.edge("AdminUsersServlet", "CustomerService", EdgeKind.CALL, 1);
        Plan plan = Splitter.split(g.build(), SplitOptions.defaults());
        assertThat(plan.services()).hasSize(3);
        assertThat(plan.serviceOf("d.AdminStatsServlet").name()).isEqualTo("customer");
    }

    @Test
    void theMinimumIsAnOptionAndIsRecordedInThePlan() {
        Plan plan = Splitter.split(withReviews().build(), SplitOptions.defaults().withMinServiceSize(0, 0));
        assertThat(plan.services()).extracting(Service::name).containsExactly("customer", "order", "product",
                "review");
        assertThat(plan.algorithm().parameters()).containsEntry("minServiceClasses", 0.0)
                .containsEntry("minServiceLines", 0.0);
        assertThat(Splitter.split(withReviews().build(), SplitOptions.defaults()).algorithm().parameters())
                .containsEntry("minServiceClasses", 5.0).containsEntry("minServiceLines", 100.0);
    }

    @Test
    void aFixedNumberOfServicesAndALowerBoundStillWin() {
        assertThat(Splitter.split(withReviews().build(), SplitOptions.defaults().withServices(4)).services())
                .hasSize(4);
        assertThat(Splitter.split(withReviews().build(), SplitOptions.defaults().withServiceRange(4, 0)).services())
                .hasSize(4);
    }
}
