package dev.cleave.model;

import java.nio.file.Path;

/** Reads and writes {@code graph.json}. Output is deterministic: equal graphs give identical bytes. */
public final class GraphJson {
    private GraphJson() {
    }

    public static String toJson(CodeGraph graph) {
        return Json.write(graph);
    }

    /** Writes atomically (a temporary file moved into place). */
    public static void write(CodeGraph graph, Path file) {
        Json.writeFile(graph, file);
    }

    /**
     * Reads a graph of any version from {@link CodeGraph#OLDEST_READABLE} to {@link CodeGraph#SCHEMA_VERSION}, as
     * a graph of the current version: a version 1 graph's call edges get no operations (it never had them), so
     * writing it again gives a version 2 file.
     *
     * @throws ModelFormatException when the text is not a graph of a version this build reads
     */
    public static CodeGraph fromJson(String json, String source) {
        CodeGraph read = Json.read(json, source, "graph", CodeGraph.class, CodeGraph.OLDEST_READABLE,
                CodeGraph.SCHEMA_VERSION, Json.MAPPER);
        validate(read, source);
        return read.schemaVersion() == CodeGraph.SCHEMA_VERSION ? read
                : CodeGraph.of(read.project(), read.stats(), read.nodes(), read.edges());
    }

    /**
     * A graph every stage can trust: node ids are unique and every edge joins two nodes. Checked once, on reading,
     * with the offending node or edge named (before, a duplicate id failed deep inside split after plan.json was
     * written, and an edge to a missing node was dropped by split and crashed check).
     */
    private static void validate(CodeGraph graph, String source) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Node node : graph.nodes()) {
            if (!ids.add(node.id())) {
                throw new ModelFormatException(source + ": node " + node.id() + " appears twice; each class is one"
                        + " node. Write the graph again with cleave analyze (or remove the duplicate).");
            }
        }
        for (Edge edge : graph.edges()) {
            String missing = !ids.contains(edge.from()) ? edge.from() : !ids.contains(edge.to()) ? edge.to() : null;
            if (missing != null) {
                throw new ModelFormatException(source + ": edge " + edge.from() + " -> " + edge.to() + " ("
                        + edge.kind() + ") names " + missing + ", which is no node of the graph. Write the graph"
                        + " again with cleave analyze (or add the node, or remove the edge).");
            }
        }
    }

    /**
     * @throws ModelFormatException when the file is missing, unreadable or not a graph of a version this build reads
     */
    public static CodeGraph read(Path file) {
        return fromJson(Json.readFile(file, "graph"), file.toString());
    }
}
