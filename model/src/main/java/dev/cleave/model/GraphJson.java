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
     * @throws ModelFormatException when the text is not a graph of {@link CodeGraph#SCHEMA_VERSION}
     */
    public static CodeGraph fromJson(String json, String source) {
        return Json.read(json, source, "graph", CodeGraph.class, CodeGraph.SCHEMA_VERSION, Json.MAPPER);
    }

    /**
     * @throws ModelFormatException when the file is missing, unreadable or not a graph of this schema version
     */
    public static CodeGraph read(Path file) {
        return fromJson(Json.readFile(file, "graph"), file.toString());
    }
}
