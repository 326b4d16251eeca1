package dev.cleave.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one JSON configuration of every Cleave document: keys sorted, two-space indent, '\n' line ends, enums in
 * lower case, unknown fields rejected. Equal values give identical bytes on every platform. Fields that a writer
 * omits when empty and older versions lack ({@link Edge#operations()}) are injected as empty when absent.
 */
final class Json {
    /** Strict: every field must be present (machine-written documents such as graph.json). */
    static final ObjectMapper MAPPER = builder()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    /** Lenient about missing fields, which take their defaults (hand-written documents such as plans). */
    static final ObjectMapper LENIENT = builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .injectableValues(new InjectableValues.Std().addValue(Edge.NO_OPERATIONS, List.of()));
    }

    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    /** Writes atomically ({@link AtomicFiles}): a reader never sees a half-written file, a failed write keeps the old one. */
    static void writeFile(Object value, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, write(value).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a document of the given type and schema version.
     *
     * @param text     the JSON text
     * @param source   where it came from, for messages (a file path)
     * @param what     the document's name for messages ("graph", "plan")
     * @param oldest   the oldest schema version this build reads
     * @param current  the schema version this build writes, the newest it reads
     * @param mapper   {@link #MAPPER} or {@link #LENIENT}
     */
    static <T> T read(String text, String source, String what, Class<T> type, int oldest, int current,
                      ObjectMapper mapper) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ModelFormatException(source + where(e) + ": not valid JSON (" + e.getOriginalMessage()
                    + "). Fix the file or write it again with Cleave.", e);
        }
        if (tree == null || !tree.isObject()) {
            throw new ModelFormatException(source + ": not a Cleave " + what + " file (expected a JSON object).");
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new ModelFormatException(source + ": not a Cleave " + what + " file (no \"schemaVersion\").");
        }
        if (version.asInt() < oldest || version.asInt() > current) {
            String reads = oldest == current ? "version " + current : "versions " + oldest + " to " + current;
            throw new ModelFormatException(source + ": " + what + " schema version " + version.asInt()
                    + ", but this Cleave reads " + reads + ". Produce the file again with this Cleave"
                    + " version (for a graph: run 'cleave analyze' again).");
        }
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            if (root != e && root.getMessage() != null) {
                message = root.getMessage();
            }
            throw new ModelFormatException(source + where(e) + ": invalid " + what + " file: " + message, e);
        }
    }

    static String readFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new ModelFormatException(file + ": no such " + what + " file. Check the path.");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModelFormatException(file + ": cannot read " + what + " file (" + e.getMessage() + ").", e);
        }
    }

    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr();
    }
}
