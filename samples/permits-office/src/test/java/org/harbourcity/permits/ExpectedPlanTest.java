package org.harbourcity.permits;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * expected.json, the reference decomposition, agrees with the WAR: every top-level type is placed once, every
 * table of schema.sql has one owner, every entry point (JAX-RS resource, servlet, message-driven bean) and every
 * entity is in a service, and the shared library refers to nothing outside itself.
 */
class ExpectedPlanTest {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|enum|record|@interface)\\s+([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(org\\.harbourcity\\.permits\\.[\\w.]+);",
            Pattern.MULTILINE);
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTRY_POINT = Pattern.compile("^@(Path|WebServlet|MessageDriven)\\b", Pattern.MULTILINE);
    private static final Pattern TABLE = Pattern.compile("^@Table\\(name = \"(\\w+)\"\\)", Pattern.MULTILINE);

    private static final Map<String, String> SOURCES = new TreeMap<>();
    private static JsonNode plan;

    @BeforeAll
    static void load() throws IOException {
        plan = new ObjectMapper().readTree(Path.of("expected.json").toFile());
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                String source = read(file);
                String code = source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ")
                        .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
                Matcher pkg = PACKAGE.matcher(code);
                String prefix = pkg.find() ? pkg.group(1) + "." : "";
                Matcher type = TYPE.matcher(code);
                while (type.find()) {
                    if (depth(code, type.start()) == 0) {
                        SOURCES.put(prefix + type.group(1), source);
                    }
                }
            }
        }
    }

    @Test
    void fourServicesAndASharedLibrary() {
        assertEquals(1, plan.path("schemaVersion").asInt());
        assertEquals(List.of("parcels", "permits", "inspections", "fees"),
                names(plan.path("services")));
        assertTrue(plan.path("shared").size() > 0);
    }

    @Test
    void everyTopLevelTypeIsPlacedExactlyOnce() {
        List<String> listed = new ArrayList<>();
        plan.path("services").forEach(s -> s.path("classes").forEach(c -> listed.add(c.asText())));
        plan.path("shared").forEach(c -> listed.add(c.asText()));
        Set<String> twice = listed.stream().filter(c -> listed.indexOf(c) != listed.lastIndexOf(c))
                .collect(Collectors.toCollection(TreeSet::new));
        assertAll(
                () -> assertEquals(Set.of(), twice, "listed more than once"),
                () -> assertEquals(SOURCES.keySet(), new TreeSet<>(listed), "expected.json vs src/main/java"));
    }

    @Test
    void everyTableOfTheSchemaHasOneOwnerAndItsEntityLivesThere() {
        Map<String, String> owner = new TreeMap<>();
        plan.path("services").forEach(s -> s.path("tables").forEach(t -> {
            String previous = owner.put(t.asText(), s.path("name").asText());
            assertEquals(null, previous, t.asText() + " is owned twice");
        }));
        Set<String> created = new TreeSet<>();
        Matcher m = CREATE_TABLE.matcher(read(Path.of("src/main/resources/sql/schema.sql")));
        while (m.find()) {
            created.add(m.group(1).toLowerCase());
        }
        assertEquals(created, owner.keySet());

        Map<String, String> serviceOf = serviceOfEachClass();
        SOURCES.forEach((type, source) -> {
            Matcher table = TABLE.matcher(source);
            if (table.find()) {
                assertEquals(owner.get(table.group(1)), serviceOf.get(type), type + " maps " + table.group(1));
            }
        });
    }

    @Test
    void everyEntryPointBelongsToAService() {
        Map<String, String> serviceOf = serviceOfEachClass();
        Set<String> entryPoints = new TreeSet<>();
        SOURCES.forEach((type, source) -> {
            if (ENTRY_POINT.matcher(source).find()) {
                entryPoints.add(type);
            }
        });
        assertTrue(entryPoints.size() >= 10, "resources, the servlet and the listener: " + entryPoints);
        entryPoints.forEach(type -> assertTrue(serviceOf.containsKey(type), type + " must be in a service"));
    }

    @Test
    void sharedTypesReferToSharedTypesOnly() {
        Set<String> shared = new TreeSet<>();
        plan.path("shared").forEach(c -> shared.add(c.asText()));
        for (String type : shared) {
            String source = SOURCES.get(type);
            Matcher imported = IMPORT.matcher(source);
            while (imported.find()) {
                assertTrue(shared.contains(imported.group(1)), type + " imports " + imported.group(1));
            }
            String pkg = type.substring(0, type.lastIndexOf('.'));
            for (String other : SOURCES.keySet()) {
                if (other.substring(0, other.lastIndexOf('.')).equals(pkg) && !shared.contains(other)) {
                    String simple = other.substring(pkg.length() + 1);
                    assertFalse(Pattern.compile("\\b" + simple + "\\b").matcher(source).find(),
                            type + " uses " + other + " of its own package");
                }
            }
        }
    }

    private static Map<String, String> serviceOfEachClass() {
        Map<String, String> serviceOf = new TreeMap<>();
        plan.path("services").forEach(s -> s.path("classes").forEach(c -> serviceOf.put(c.asText(),
                s.path("name").asText())));
        return serviceOf;
    }

    private static List<String> names(JsonNode services) {
        List<String> names = new ArrayList<>();
        services.forEach(s -> names.add(s.path("name").asText()));
        return names;
    }

    private static int depth(String code, int end) {
        int depth = 0;
        for (int i = 0; i < end; i++) {
            char c = code.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        }
        return depth;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
