package dev.cleave.analyzer;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.EntryPoint;
import dev.cleave.model.GraphJson;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableAccess;
import dev.cleave.model.TableUse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyzer on the bundled sample monoliths: every class becomes a node, references resolve, and the edges,
 * tables, entry points and stereotypes an architect knows to be there are found. The samples' expected.json
 * files list every top-level type, so they double as the list of classes.
 */
class SamplesAcceptanceTest {
    private static final Path SHOP = Path.of("../samples/spring-shop");
    private static final Path LIBRARY = Path.of("../samples/servlet-library");
    private static final String S = "com.acme.shop.";
    private static final String L = "org.example.library.";

    private static CodeGraph shop;
    private static CodeGraph library;

    @BeforeAll
    static void analyze() {
        shop = Analyzer.analyze(AnalyzerOptions.of(SHOP).withGitCommits(0));
        library = Analyzer.analyze(AnalyzerOptions.of(LIBRARY).withGitCommits(0));
    }

    private static Set<String> classesOf(Path sample) {
        Plan expected = PlanJson.read(sample.resolve("expected.json"));
        Set<String> classes = new TreeSet<>(expected.shared());
        expected.services().forEach(s -> classes.addAll(s.classes()));
        return classes;
    }

    private static Map<String, Node> nodes(CodeGraph graph) {
        return graph.nodes().stream().collect(Collectors.toMap(Node::id, Function.identity()));
    }

    private static boolean hasEdge(CodeGraph graph, String from, String to, EdgeKind kind) {
        return graph.edges().stream().anyMatch(e -> e.from().equals(from) && e.to().equals(to) && e.kind() == kind);
    }

    @Test
    void everyTopLevelTypeIsANodeAndNothingElse() {
        assertThat(nodes(shop).keySet()).containsExactlyInAnyOrderElementsOf(classesOf(SHOP));
        assertThat(nodes(library).keySet()).containsExactlyInAnyOrderElementsOf(classesOf(LIBRARY));
        assertThat(shop.stats().types()).isEqualTo(shop.nodes().size());
        assertThat(shop.stats().problems()).isEmpty();
        assertThat(library.stats().problems()).isEmpty();
    }

    @Test
    void atLeast98PercentOfInProjectReferencesResolve() {
        for (CodeGraph graph : new CodeGraph[]{shop, library}) {
            assertThat(graph.stats().references().inProjectShare()).as(graph.project().name() + " references")
                    .isGreaterThanOrEqualTo(0.98);
            assertThat(graph.stats().methodCalls().inProjectShare()).as(graph.project().name() + " method calls")
                    .isGreaterThanOrEqualTo(0.98);
        }
    }

    @Test
    void knownEdgesArePresent() {
        assertThat(hasEdge(shop, S + "service.OrderServiceImpl", S + "service.ShopManager", EdgeKind.CALL)).isTrue();
        assertThat(hasEdge(shop, S + "service.OrderServiceImpl", S + "service.InventoryService", EdgeKind.CALL)).isTrue();
        assertThat(hasEdge(shop, S + "service.OrderServiceImpl", S + "service.OrderService", EdgeKind.IMPLEMENTS)).isTrue();
        assertThat(hasEdge(shop, S + "domain.Order", S + "domain.BaseEntity", EdgeKind.EXTENDS)).isTrue();
        assertThat(hasEdge(shop, S + "web.OrderController", S + "service.OrderService", EdgeKind.CALL)).isTrue();
        assertThat(hasEdge(library, L + "web.LoanServlet", L + "ejb.CirculationManager", EdgeKind.CALL)).isTrue();
        assertThat(hasEdge(library, L + "web.LoanServlet", L + "web.AbstractJsonServlet", EdgeKind.EXTENDS)).isTrue();
        assertThat(hasEdge(library, L + "ejb.CirculationManagerBean", L + "ejb.CirculationManager", EdgeKind.IMPLEMENTS)).isTrue();
        assertThat(shop.edges()).noneMatch(e -> e.from().equals(e.to()));
        assertThat(shop.edges()).allMatch(e -> nodes(shop).containsKey(e.to()) && nodes(shop).containsKey(e.from()));
    }

    @Test
    void tablesFromJpaMappingsNativeSqlAndJdbcStrings() {
        Map<String, Node> s = nodes(shop);
        assertThat(s.get(S + "domain.Order").tables()).contains(new TableUse("orders", TableAccess.MAPS));
        assertThat(s.get(S + "domain.Product").tables()).contains(new TableUse("product", TableAccess.MAPS),
                new TableUse("product_category", TableAccess.MAPS));
        assertThat(s.get(S + "domain.StockItem").tables()).contains(new TableUse("stock_item", TableAccess.MAPS));
        assertThat(s.get(S + "repository.OrderLineRepository").tables()).contains(new TableUse("stock_item", TableAccess.WRITES));
        assertThat(s.get(S + "repository.InventoryJdbcDao").tables()).contains(new TableUse("audit_log", TableAccess.WRITES));
        Map<String, Node> l = nodes(library);
        assertThat(l.get(L + "dao.LoanDao").tables()).contains(new TableUse("loan", TableAccess.READS),
                new TableUse("loan", TableAccess.WRITES), new TableUse("book_copy", TableAccess.WRITES));
        assertThat(shop.edges()).anyMatch(e -> e.kind() == EdgeKind.TABLE
                && e.from().equals(S + "repository.OrderLineRepository") && e.to().equals(S + "domain.StockItem"));
    }

    @Test
    void entryPointsOfSpringMvcAndServlets() {
        Map<String, Node> s = nodes(shop);
        assertThat(s.get(S + "web.OrderController").entryPoints()).extracting(EntryPoint::method, EntryPoint::path)
                .contains(org.assertj.core.groups.Tuple.tuple("POST", "/api/orders"),
                        org.assertj.core.groups.Tuple.tuple("GET", "/api/orders/{id}"),
                        org.assertj.core.groups.Tuple.tuple("POST", "/api/orders/{id}/cancel"));
        Map<String, Node> l = nodes(library);
        assertThat(l.get(L + "web.ReturnServlet").entryPoints()).extracting(EntryPoint::method, EntryPoint::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("POST", "/api/returns"));
        assertThat(l.get(L + "web.BookServlet").entryPoints()).isNotEmpty()
                .allMatch(ep -> ep.method().equals("GET") || ep.method().equals("POST"));
    }

    @Test
    void stereotypesFromAnnotationsNamesAndDescriptors() {
        Map<String, Node> s = nodes(shop);
        assertThat(s.get(S + "domain.Order").stereotypes()).contains(Stereotype.ENTITY);
        assertThat(s.get(S + "domain.BaseEntity").stereotypes()).contains(Stereotype.MAPPED_SUPERCLASS);
        assertThat(s.get(S + "web.OrderController").stereotypes()).contains(Stereotype.CONTROLLER);
        assertThat(s.get(S + "repository.OrderRepository").stereotypes()).contains(Stereotype.REPOSITORY);
        assertThat(s.get(S + "service.OrderServiceImpl").stereotypes()).contains(Stereotype.SERVICE);
        Map<String, Node> l = nodes(library);
        assertThat(l.get(L + "web.BookServlet").stereotypes()).contains(Stereotype.SERVLET);
        assertThat(l.get(L + "ejb.CirculationManagerBean").stereotypes()).contains(Stereotype.EJB);
        assertThat(l.get(L + "dao.LoanDao").stereotypes()).contains(Stereotype.REPOSITORY);
        assertThat(l.get(L + "util.DateUtil").stereotypes()).contains(Stereotype.UTILITY);
    }

    @Test
    void callEdgesNameTheOperationsOfTheirTarget() {
        Edge calls = shop.edges().stream().filter(e -> e.from().equals(S + "web.OrderController")
                && e.to().equals(S + "service.OrderService") && e.kind() == EdgeKind.CALL).findFirst().orElseThrow();
        assertThat(calls.operations()).containsExactly("cancel(java.lang.Long)", "getOrder(java.lang.Long)",
                "getOrderByNumber(java.lang.String)", "ordersOfCustomer(java.lang.Long)",
                "placeOrder(com.acme.shop.dto.PlaceOrderRequest)");
    }

    @Test
    void twoRunsGiveByteIdenticalGraphs() {
        CodeGraph again = Analyzer.analyze(AnalyzerOptions.of(SHOP).withGitCommits(0).withThreads(1));
        assertThat(GraphJson.toJson(again)).isEqualTo(GraphJson.toJson(shop));
        CodeGraph libraryAgain = Analyzer.analyze(AnalyzerOptions.of(LIBRARY).withGitCommits(0));
        assertThat(GraphJson.toJson(libraryAgain)).isEqualTo(GraphJson.toJson(library));
    }

    /**
     * struts-insurance keeps its wiring in XML (Spring contexts, MyBatis mappers, struts-config): the classes only
     * XML names are connected, the mapped domain classes own their tables, and the graph stays deterministic.
     */
    @Test
    void xmlWiringOfAStrutsSpringMyBatisApplicationIsInTheGraph() {
        Path sample = Path.of("../samples/struts-insurance");
        CodeGraph graph = Analyzer.analyze(AnalyzerOptions.of(sample).withGitCommits(0));
        String o = "com.lakeshoremutual.office.";

        assertThat(nodes(graph).keySet()).containsExactlyInAnyOrderElementsOf(classesOf(sample));
        assertThat(graph.stats().problems()).isEmpty();
        assertThat(hasEdge(graph, o + "dao.PolicyholderMapper", o + "dao.YesNoTypeHandler", EdgeKind.TYPE_USE)).isTrue();
        assertThat(hasEdge(graph, o + "web.action.PayClaimAction", o + "web.NotFoundExceptionHandler",
                EdgeKind.TYPE_USE)).isTrue();
        assertThat(hasEdge(graph, o + "web.NotFoundExceptionHandler", o + "service.RecordNotFoundException",
                EdgeKind.TYPE_USE)).isTrue();
        assertThat(hasEdge(graph, o + "service.impl.ClaimServiceImpl", o + "service.impl.BillingServiceImpl",
                EdgeKind.FIELD)).isTrue();
        assertThat(nodes(graph).get(o + "domain.Claim").tables()).containsExactly(
                new TableUse("claim", TableAccess.MAPS));
        assertThat(nodes(graph).get(o + "domain.StaffUser").tables()).containsExactly(
                new TableUse("staff_user", TableAccess.MAPS));
        assertThat(GraphJson.toJson(Analyzer.analyze(AnalyzerOptions.of(sample).withGitCommits(0).withThreads(1))))
                .isEqualTo(GraphJson.toJson(graph));
    }
}
