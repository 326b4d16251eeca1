package dev.cleave.splitter.internal.domain;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.GraphStats;
import dev.cleave.model.Node;
import dev.cleave.model.ProjectInfo;
import dev.cleave.model.Resolution;
import dev.cleave.model.TypeKind;
import dev.cleave.splitter.SplitOptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Which packages name a feature, and when the graph confirms it. */
class FeaturePackagesRulesTest {
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    private FeaturePackagesRulesTest nodes(String... ids) {
        for (String id : ids) {
            nodes.add(new Node(id, TypeKind.CLASS, id + ".java", 30, List.of(), List.of(), List.of(), List.of(), false));
        }
        return this;
    }

    private FeaturePackagesRulesTest edge(String from, String to, EdgeKind kind) {
        edges.add(new Edge(from, to, kind, 2));
        return this;
    }

    private Facts facts() {
        GraphStats stats = new GraphStats(nodes.size(), nodes.size(), 0, Resolution.NONE, Resolution.NONE, Map.of(),
                List.of());
        return new Facts(CodeGraph.of(new ProjectInfo("p", "/p", List.of(), List.of(), 0), stats, nodes, edges),
                SplitOptions.DEFAULT_EDGE_WEIGHTS);
    }

    /** The classes linked to {@code id} by its feature. */
    private Set<String> peers(Facts facts, String id) {
        int[][] peers = FeaturePackages.of(facts).links();
        Set<String> out = new TreeSet<>();
        Arrays.stream(peers[facts.index().vertex(id)]).forEach(v -> out.add(facts.index().id(v)));
        return out;
    }

    @Test
    void theFirstSegmentBelowTheBasePackageThatIsNoLayerWordNamesTheFeature() {
        nodes("a.b.domain.model.cargo.Cargo", "a.b.interfaces.cargo.web.CargoController",
                "a.b.infrastructure.persistence.jpa.CargoRepositoryJpa", "a.b.application.impl.BookingServiceImpl",
                "a.b.Application", "c.d.api.Router");
        String[] feature = FeaturePackages.features(facts().index());
        assertThat(feature).containsExactlyInAnyOrder("a.b:cargo", "a.b:cargo", null, null, null, null);
    }

    @Test
    void aFeatureWhoseClassesReferToEachOtherLinksThem() {
        nodes("a.b.order.OrderController", "a.b.order.OrderService", "a.b.order.Order", "a.b.customer.Customer",
                "a.b.customer.CustomerService", "a.b.catalog.Product", "a.b.catalog.ProductService")
                .edge("a.b.catalog.ProductService", "a.b.catalog.Product", EdgeKind.CALL)
                .edge("a.b.order.OrderController", "a.b.order.OrderService", EdgeKind.CALL)
                .edge("a.b.order.OrderService", "a.b.order.Order", EdgeKind.CALL)
                .edge("a.b.order.OrderService", "a.b.customer.CustomerService", EdgeKind.CALL)
                .edge("a.b.customer.CustomerService", "a.b.customer.Customer", EdgeKind.CALL);
        Facts facts = facts();
        assertThat(peers(facts, "a.b.order.Order")).containsExactly("a.b.order.OrderController",
                "a.b.order.OrderService");
        assertThat(peers(facts, "a.b.customer.Customer")).containsExactly("a.b.customer.CustomerService");
    }

    @Test
    void aPackageWhoseClassesOnlyShareABaseClassOrNothingIsNoFeature() {
        nodes("a.b.order.OrderService", "a.b.order.Order", "a.b.legacy.OldOrderImport", "a.b.legacy.OldCustomerImport",
                "a.b.customer.CustomerService", "a.b.customer.Customer", "a.b.problems.Problem",
                "a.b.problems.OrderProblem", "a.b.problems.CustomerProblem")
                .edge("a.b.order.OrderService", "a.b.order.Order", EdgeKind.CALL)
                .edge("a.b.customer.CustomerService", "a.b.customer.Customer", EdgeKind.CALL)
                .edge("a.b.legacy.OldOrderImport", "a.b.order.OrderService", EdgeKind.CALL)
                .edge("a.b.legacy.OldCustomerImport", "a.b.customer.CustomerService", EdgeKind.CALL)
                .edge("a.b.problems.OrderProblem", "a.b.problems.Problem", EdgeKind.EXTENDS)
                .edge("a.b.problems.CustomerProblem", "a.b.problems.Problem", EdgeKind.EXTENDS)
                .edge("a.b.order.OrderService", "a.b.problems.OrderProblem", EdgeKind.NEW)
                .edge("a.b.customer.CustomerService", "a.b.problems.CustomerProblem", EdgeKind.NEW);
        Facts facts = facts();
        assertThat(peers(facts, "a.b.legacy.OldOrderImport")).isEmpty();
        assertThat(peers(facts, "a.b.problems.OrderProblem")).isEmpty();
        assertThat(peers(facts, "a.b.order.Order")).containsExactly("a.b.order.OrderService");
    }

    @Test
    void aLargeFeatureLinksEachClassToItsStrongestClassesOnly() {
        nodes("a.b.order.Order0", "a.b.customer.Customer0");
        for (int i = 1; i < 30; i++) {
            nodes("a.b.order.Order" + i, "a.b.customer.Customer" + i);
            edge("a.b.order.Order" + i, "a.b.order.Order0", EdgeKind.CALL);
            edge("a.b.customer.Customer" + i, "a.b.customer.Customer0", EdgeKind.CALL);
        }
        Facts facts = facts();
        FeaturePackages.Confirmed confirmed = FeaturePackages.of(facts);
        int order0 = facts.index().vertex("a.b.order.Order0");
        assertThat(Arrays.stream(confirmed.links()).mapToInt(l -> l.length).max().orElse(0))
                .isEqualTo(FeaturePackages.HUBS);
        assertThat(confirmed.links()[facts.index().vertex("a.b.order.Order7")]).contains(order0);
        assertThat(confirmed.size()[order0]).isEqualTo(30);
    }

    @Test
    void packagesLaidOutByLayerNameNoFeature() {
        nodes("a.b.web.OrderController", "a.b.service.OrderService", "a.b.dao.OrderDao", "a.b.model.Order",
                "a.b.services.impl.CustomerServiceImpl", "a.b.util.Dates");
        assertThat(FeaturePackages.features(facts().index())).containsOnlyNulls();
    }
}
