package dev.cleave.cli;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.EntryPoint;
import dev.cleave.model.GraphStats;
import dev.cleave.model.Node;
import dev.cleave.model.Resolution;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableUse;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The one-screen summary printed after an analysis. */
final class Summary {
    private static final int LISTED = 8;

    private Summary() {
    }

    static String render(CodeGraph graph, Duration took) {
        GraphStats s = graph.stats();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Analyzed %s (%s) in %.1f s%n", graph.project().name(),
                graph.project().root(), took.toMillis() / 1000.0));
        row(out, "Sources", String.format(Locale.ROOT, "%,d files in %d source root(s), %,d types, %,d lines",
                s.files(), graph.project().sourceRoots().size(), s.types(), s.lines()));
        row(out, "Edges", edges(graph));
        row(out, "References", resolution(s.references()));
        row(out, "Method calls", resolution(s.methodCalls()));
        if (!s.unresolvedByReason().isEmpty()) {
            row(out, "Unresolved", s.unresolvedByReason().entrySet().stream()
                    .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
                    .collect(Collectors.joining(", ")));
        }
        row(out, "Stereotypes", stereotypes(graph));
        row(out, "Tables", tables(graph));
        row(out, "Entry points", entryPoints(graph));
        row(out, "Co-change", graph.project().gitCommits() == 0 ? "no git history read"
                : String.format(Locale.ROOT, "%,d edges from %,d commits", graph.edges().stream()
                .filter(e -> e.kind() == EdgeKind.CO_CHANGE).count(), graph.project().gitCommits()));
        row(out, "Problems", s.problems().isEmpty() ? "none" : s.problems().size() + " (inputs skipped or partly read)");
        s.problems().stream().limit(LISTED).forEach(p -> out.append("    ").append(p).append('\n'));
        if (s.problems().size() > LISTED) {
            out.append("    ... ").append(s.problems().size() - LISTED).append(" more in the graph's stats.problems\n");
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "  %-13s %s%n", label, value));
    }

    private static String edges(CodeGraph graph) {
        Map<EdgeKind, Long> byKind = new EnumMap<>(EdgeKind.class);
        for (Edge e : graph.edges()) {
            byKind.merge(e.kind(), 1L, Long::sum);
        }
        return String.format(Locale.ROOT, "%,d: ", graph.edges().size()) + byKind.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String resolution(Resolution r) {
        return String.format(Locale.ROOT, "%,d, %.1f%% of in-project ones resolved (exact %,d, fallback %,d,"
                        + " external %,d, unresolved %,d)", r.total(), 100 * r.inProjectShare(), r.exact(),
                r.fallback(), r.external(), r.unresolved());
    }

    private static String stereotypes(CodeGraph graph) {
        Map<Stereotype, Long> counts = new EnumMap<>(Stereotype.class);
        for (Node n : graph.nodes()) {
            n.stereotypes().forEach(st -> counts.merge(st, 1L, Long::sum));
        }
        return counts.isEmpty() ? "none recognised" : counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String tables(CodeGraph graph) {
        TreeSet<String> tables = graph.nodes().stream().flatMap(n -> n.tables().stream()).map(TableUse::table)
                .collect(Collectors.toCollection(TreeSet::new));
        if (tables.isEmpty()) {
            return "none found";
        }
        String listed = tables.stream().limit(LISTED).collect(Collectors.joining(", "));
        return tables.size() + ": " + listed + (tables.size() > LISTED ? ", ..." : "");
    }

    private static String entryPoints(CodeGraph graph) {
        Map<String, Long> byMethod = new TreeMap<>();
        long total = 0;
        for (Node n : graph.nodes()) {
            for (EntryPoint ep : n.entryPoints()) {
                byMethod.merge(ep.method(), 1L, Long::sum);
                total++;
            }
        }
        return total == 0 ? "none found" : total + " (" + byMethod.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")";
    }
}
