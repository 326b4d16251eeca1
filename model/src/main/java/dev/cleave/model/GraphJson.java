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
        return read.schemaVersion() == CodeGraph.SCHEMA_VERSION ? read
                : CodeGraph.of(read.project(), read.stats(), read.nodes(), read.edges());
    }

    /**
     * @throws ModelFormatException when the file is missing, unreadable or not a graph of a version this build reads
     */
    public static CodeGraph read(Path file) {
        return fromJson(Json.readFile(file, "graph"), file.toString());
    }
}
