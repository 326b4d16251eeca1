package dev.cleave.analyzer;

import dev.cleave.model.CallSite;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Call sites locate what the graph's call edges count: the same operations, each at the line of its call.
 */
class CallSitesTest {
    private static final String SERVICE = "ops.CustomerService";
    private static final String FILE = "src/main/java/ops/CustomerService.java";

    @Test
    void eachCallOfAnOperationIsFoundAtItsLine() {
        List<CallSite> sites = Analyzer.callSites(Fixtures.options("call-operations"), List.of(SERVICE));
        assertThat(sites).filteredOn(s -> s.to().equals("ops.CustomerRepository"))
                .extracting(CallSite::operation, CallSite::file, CallSite::line)
                .containsExactly(tuple("findById(java.lang.Integer)", FILE, 11),
                        tuple("findById(java.lang.Integer,boolean)", FILE, 12),
                        tuple("save(ops.Customer)", FILE, 13));
        // a method reference is located at the reference; an inherited method is the declaring type's
        assertThat(sites).filteredOn(s -> s.operation().equals("parse(java.lang.String)"))
                .extracting(CallSite::to, CallSite::line).containsExactly(tuple("ops.Customer", 20));
        assertThat(sites).filteredOn(s -> s.operation().equals("saveAll(java.util.List)"))
                .extracting(CallSite::to, CallSite::place).containsExactly(tuple("ops.Repository", FILE + ":15"));
        // the call found by its name only has no operation, so no site; nor has a constructor
        assertThat(sites).extracting(CallSite::operation).doesNotContain("uniquelyNamedOperation()");
        assertThat(sites).allSatisfy(s -> assertThat(s.from()).isEqualTo(SERVICE));
    }

    @Test
    void theSitesOfEveryTypeOfASampleAreExactlyTheOperationsOfItsGraph() throws IOException {
        AnalyzerOptions options = AnalyzerOptions.of(Path.of("../samples/spring-shop")).withGitCommits(0)
                .withThreads(2);
        CodeGraph graph = Analyzer.analyze(options);
        List<String> all = graph.nodes().stream().map(Node::id).toList();
        List<CallSite> sites = Analyzer.callSites(options, all);
        Set<String> fromGraph = new TreeSet<>();
        graph.edges().stream().filter(e -> e.kind() == EdgeKind.CALL)
                .forEach(e -> e.operations().forEach(op -> fromGraph.add(key(e, op))));
        Set<String> fromSites = new TreeSet<>();
        sites.forEach(s -> fromSites.add(s.from() + " -> " + s.to() + " " + s.operation()));
        assertThat(fromGraph).hasSizeGreaterThan(100);
        assertThat(fromSites).isEqualTo(fromGraph);
        for (CallSite s : sites) {
            String line = Files.readAllLines(options.root().resolve(s.file())).get(s.line() - 1);
            String method = s.operation().substring(s.operation().lastIndexOf('.', s.operation().indexOf('(')) + 1,
                    s.operation().indexOf('('));
            assertThat(line).as(s.place()).contains(method);
        }
    }

    @Test
    void withACacheTheSitesAreTheSameAndUnknownTypesHaveNone(@TempDir Path cache) {
        AnalyzerOptions options = Fixtures.options("call-operations").withCache(cache);
        assertThat(Analyzer.callSites(options, List.of("ops.Nowhere"))).isEmpty();
        List<CallSite> warm = Analyzer.callSites(options, List.of(SERVICE, "ops.Guesses"));
        assertThat(warm).extracting(CallSite::from).containsOnly(SERVICE, "ops.Guesses");
        assertThat(Analyzer.callSites(options, List.of(SERVICE, "ops.Guesses"))).isEqualTo(warm)
                .isEqualTo(Analyzer.callSites(Fixtures.options("call-operations"), List.of(SERVICE, "ops.Guesses")));
    }

    private static String key(Edge e, String op) {
        return e.from() + " -> " + e.to() + " " + op;
    }
}
