package dev.cleave.web.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleave.model.ModelFormatException;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@code history/} folder of a project: one file per version, {@code 000001.json}, {@code 000002.json}...
 * Each holds a small envelope, header fields first and the plan last, so that the header can be read without
 * parsing the plan:
 * <pre>
 * { "schemaVersion" : 1, "version" : 7, "kind" : "undo", "madeFrom" : 6,
 *   "action" : "undo move com.x.Foo to billing", "plan" : { ...exactly what plan.json holds... } }
 * </pre>
 * Keys are in this fixed order rather than sorted (unlike plan.json) for that reason.
 */
final class HistoryFiles {
    static final int SCHEMA_VERSION = 1;
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper TREES = new ObjectMapper();

    private final Path dir;

    HistoryFiles(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path file(long version) {
        // six digits at least, as String.format("%06d") gives, without a formatter on every request
        String digits = Long.toString(version);
        return dir.resolve("0".repeat(Math.max(0, 6 - digits.length())) + digits + ".json");
    }

    boolean exists(long version) {
        return Files.isRegularFile(file(version));
    }

    /** The envelope of one version, UTF-8, with {@code planJson} (the bytes of plan.json) embedded verbatim. */
    static byte[] encode(HistoryEntry entry, byte[] planJson) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(planJson.length + 256);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeNumberField("version", entry.version());
            json.writeStringField("kind", entry.kind().toString());
            json.writeNumberField("madeFrom", entry.madeFrom());
            json.writeStringField("action", entry.action());
            json.writeFieldName("plan");
            json.writeRawValue(new String(planJson, StandardCharsets.UTF_8).stripTrailing());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * Checks that the versions on disk are 1..n without gaps and returns n (0 when there is no history).
     *
     * @throws UnreadableProjectException when a version is missing
     */
    long checkContiguous() throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        List<Long> versions = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "[0-9]*.json")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                versions.add(Long.parseLong(name.substring(0, name.length() - ".json".length())));
            }
        } catch (NumberFormatException e) {
            throw damaged(dir, "a file name is not a version number", e);
        }
        Collections.sort(versions);
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i) != i + 1) {
                throw damaged(file(i + 1L), "version " + (i + 1) + " is missing (the history has "
                        + versions.size() + " files up to version " + versions.get(versions.size() - 1) + ")", null);
            }
        }
        return versions.size();
    }

    /** Reads the header of one version without parsing its plan. */
    HistoryEntry readEntry(long version) {
        Path file = file(version);
        try (JsonParser json = JSON.createParser(file.toFile())) {
            Header header = new Header();
            expect(json.nextToken() == JsonToken.START_OBJECT, "not a JSON object");
            while (json.nextToken() == JsonToken.FIELD_NAME && !"plan".equals(json.currentName())) {
                header.read(json.currentName(), json.nextToken(), json);
            }
            HistoryEntry entry = header.entry();
            expect(entry.version() == version, "it holds version " + entry.version());
            return entry;
        } catch (IOException | IllegalArgumentException e) {
            throw damaged(file, e.getMessage(), e);
        }
    }

    /** Reads the plan of one version. */
    Plan readPlan(long version) {
        Path file = file(version);
        try {
            JsonNode plan = TREES.readTree(file.toFile()).get("plan");
            expect(plan != null && plan.isObject(), "it has no \"plan\" object");
            return PlanJson.fromJson(TREES.writeValueAsString(plan), file.toString());
        } catch (IOException | IllegalArgumentException | ModelFormatException e) {
            throw damaged(file, e.getMessage(), e);
        }
    }

    private static void expect(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    UnreadableProjectException damaged(Path file, String problem, Exception cause) {
        return new UnreadableProjectException(file, file + ": the plan history is damaged (" + problem
                + "). Restore the file from a backup, or move the folder " + dir
                + " away to start a new history from plan.json.", cause);
    }

    /** The header fields read so far. */
    private static final class Header {
        private long version = -1;
        private long madeFrom = -1;
        private String kind;
        private String action;

        void read(String field, JsonToken value, JsonParser json) throws IOException {
            switch (field) {
                case "schemaVersion" -> expect(json.getValueAsInt() == SCHEMA_VERSION,
                        "history schema version " + json.getText() + ", this Cleave reads " + SCHEMA_VERSION);
                case "version" -> version = json.getValueAsLong(-1);
                case "madeFrom" -> madeFrom = json.getValueAsLong(-1);
                case "kind" -> kind = json.getValueAsString();
                case "action" -> action = json.getValueAsString();
                default -> json.skipChildren();
            }
        }

        HistoryEntry entry() {
            expect(kind != null && action != null, "\"kind\" or \"action\" is missing");
            return new HistoryEntry(version, action, HistoryEntry.Kind.parse(kind), madeFrom);
        }
    }
}
