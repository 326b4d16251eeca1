package dev.cleave.analyzer;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.GraphJson;

import java.nio.file.Path;
import java.util.Optional;

/** Test fixtures under {@code src/test/resources/fixtures/<scenario>} and helpers to query their graphs. */
final class Fixtures {
    static final Path ROOT = Path.of("src/test/resources/fixtures");

    private Fixtures() {
    }

    static Path path(String scenario) {
        return ROOT.resolve(scenario).toAbsolutePath().normalize();
    }

    static AnalyzerOptions options(String scenario) {
        AnalyzerOptions o = AnalyzerOptions.of(path(scenario)).withGitCommits(0).withThreads(2);
        return scenario.equals("huge-file") ? o.withMaxFileBytes(2000) : o;
    }

    static CodeGraph analyze(String scenario) {
        return Analyzer.analyze(options(scenario));
    }

    /** The graph's JSON with the machine-specific root folder replaced by {@code <root>}. */
    static String neutralJson(CodeGraph graph) {
        return GraphJson.toJson(graph).replace(graph.project().root(), "<root>");
    }

    static Optional<Edge> edge(CodeGraph g, String from, String to, EdgeKind kind) {
        return g.edges().stream().filter(e -> e.from().equals(from) && e.to().equals(to) && e.kind() == kind)
                .findFirst();
    }

    static int weight(CodeGraph g, String from, String to, EdgeKind kind) {
        return edge(g, from, to, kind).map(Edge::weight).orElse(0);
    }
}
