package dev.cleave.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link CodeGraph} in formats other tools read: GraphML (yEd, Gephi), Graphviz DOT and Mermaid.
 * Edges of the same pair are merged into one with their kinds listed and weights summed, except in GraphML,
 * which keeps every typed edge. Output is deterministic.
 */
public final class GraphExports {
    private GraphExports() {
    }

    /** The supported formats, by their command-line names. */
    public enum Format {
        JSON, GRAPHML, DOT, MERMAID;

        public String extension() {
            return this == MERMAID ? "mmd" : name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static String write(CodeGraph graph, Format format) {
        return switch (format) {
            case JSON -> GraphJson.toJson(graph);
            case GRAPHML -> graphml(graph);
            case DOT -> dot(graph);
            case MERMAID -> mermaid(graph);
        };
    }

    static String graphml(CodeGraph graph) {
        StringBuilder out = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
                  <key id="stereotypes" for="node" attr.name="stereotypes" attr.type="string"/>
                  <key id="tables" for="node" attr.name="tables" attr.type="string"/>
                  <key id="edgeKind" for="edge" attr.name="kind" attr.type="string"/>
                  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
                  <graph id="G" edgedefault="directed">
                """);
        for (Node node : graph.nodes()) {
            out.append("    <node id=\"").append(xml(node.id())).append("\">")
                    .append("<data key=\"kind\">").append(node.kind()).append("</data>")
                    .append("<data key=\"stereotypes\">").append(xml(join(node.stereotypes()))).append("</data>")
                    .append("<data key=\"tables\">")
                    .append(xml(join(node.tables().stream().map(TableUse::table).distinct().toList()))).append("</data>")
                    .append("</node>\n");
        }
        int i = 0;
        for (Edge edge : graph.edges()) {
            out.append("    <edge id=\"e").append(i++).append("\" source=\"").append(xml(edge.from()))
                    .append("\" target=\"").append(xml(edge.to())).append("\">")
                    .append("<data key=\"edgeKind\">").append(edge.kind()).append("</data>")
                    .append("<data key=\"weight\">").append(edge.weight()).append("</data></edge>\n");
        }
        return out.append("  </graph>\n</graphml>\n").toString();
    }

    static String dot(CodeGraph graph) {
        StringBuilder out = new StringBuilder("digraph \"").append(dotEscape(graph.project().name())).append("\" {\n")
                .append("  rankdir=LR;\n  node [shape=box, fontsize=10];\n");
        for (Node node : graph.nodes()) {
            out.append("  \"").append(dotEscape(node.id())).append("\" [label=\"").append(dotEscape(node.simpleName()))
                    .append(node.stereotypes().isEmpty() ? "" : "\\n«" + dotEscape(join(node.stereotypes())) + "»")
                    .append("\"];\n");
        }
        merged(graph).forEach((pair, label) -> out.append("  \"").append(dotEscape(pair[0])).append("\" -> \"")
                .append(dotEscape(pair[1])).append("\" [label=\"").append(label.describe()).append("\", weight=")
                .append(label.weight).append("];\n"));
        return out.append("}\n").toString();
    }

    static String mermaid(CodeGraph graph) {
        Map<String, String> ids = new TreeMap<>();
        for (Node node : graph.nodes()) {
            ids.put(node.id(), "n" + ids.size());
        }
        StringBuilder out = new StringBuilder("flowchart LR\n");
        for (Node node : graph.nodes()) {
            out.append("  ").append(ids.get(node.id())).append("[\"").append(node.simpleName().replace("\"", "#quot;"))
                    .append("\"]\n");
        }
        merged(graph).forEach((pair, label) -> out.append("  ").append(ids.get(pair[0])).append(" -->|")
                .append(label.describe()).append("| ").append(ids.get(pair[1])).append('\n'));
        return out.toString();
    }

    /** Edges merged per (from, to), in edge order. */
    private static Map<String[], Label> merged(CodeGraph graph) {
        Map<String, Label> byPair = new TreeMap<>();
        for (Edge edge : graph.edges()) {
            Label label = byPair.computeIfAbsent(edge.from() + "\u0000" + edge.to(), k -> new Label());
            label.kinds.append(label.kinds.length() == 0 ? "" : ",").append(edge.kind());
            label.weight += edge.weight();
        }
        Map<String[], Label> result = new java.util.LinkedHashMap<>();
        byPair.forEach((key, label) -> result.put(key.split("\u0000"), label));
        return result;
    }

    private static final class Label {
        final StringBuilder kinds = new StringBuilder();
        long weight;

        String describe() {
            return kinds + " " + weight;
        }
    }

    private static String join(List<?> values) {
        return String.join(",", values.stream().map(Object::toString).toList());
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String dotEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
