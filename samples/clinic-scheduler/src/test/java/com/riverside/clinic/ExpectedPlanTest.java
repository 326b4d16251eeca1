package com.riverside.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * expected.json, the architect's decomposition, stays true to the code: it places every top-level type once,
 * its services own exactly the tables of schema.sql, each entity lives with its table, and the shared library
 * needs nothing from the services.
 */
class ExpectedPlanTest {

    private static final String BASE = "com.riverside.clinic.";
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern DECLARATION =
            Pattern.compile("\\b(?:class|interface|enum|record|@interface)\\s+([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(com\\.riverside\\.clinic\\.[\\w.]+);",
            Pattern.MULTILINE);
    private static final Pattern ENTITY_TABLE = Pattern.compile("@Table\\(name\\s*=\\s*\"(\\w+)\"\\)");
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE\\s+TABLE\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

    /** Fully-qualified top-level type name to its source text. */
    private static final Map<String, String> SOURCES = new TreeMap<>();
    private static JsonNode plan;

    @BeforeAll
    static void readPlanAndSources() throws IOException {
        plan = new ObjectMapper().readTree(Path.of("expected.json").toFile());
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(ExpectedPlanTest::addTopLevelTypes);
        }
    }

    @Test
    void isAVersionOnePlanOfTwoOrThreeServices() {
        assertThat(plan.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(plan.path("services")).hasSizeBetween(2, 3);
        plan.path("services").forEach(s -> assertThat(s.path("name").asText()).matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void placesEveryTopLevelTypeExactlyOnce() {
        List<String> listed = listed();
        Map<String, Integer> counts = new TreeMap<>();
        listed.forEach(c -> counts.merge(c, 1, Integer::sum));
        counts.values().removeIf(n -> n == 1);

        assertThat(counts).as("listed more than once").isEmpty();
        assertThat(new TreeSet<>(listed)).isEqualTo(SOURCES.keySet());
        assertThat(SOURCES).as("a small application").hasSizeBetween(25, 40);
    }

    @Test
    void servicesOwnTheTablesOfTheSchemaOnceEach() {
        List<String> owned = new ArrayList<>();
        plan.path("services").forEach(s -> s.path("tables").forEach(t -> owned.add(t.asText())));
        Set<String> created = new TreeSet<>();
        Matcher m = CREATE_TABLE.matcher(read(Path.of("src/main/resources/schema.sql")));
        while (m.find()) {
            created.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        assertThat(owned).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(owned)).isEqualTo(created);
    }

    @Test
    void everyEntitySitsInTheServiceThatOwnsItsTable() {
        Map<String, String> tableOwner = new HashMap<>();
        Map<String, String> classService = new HashMap<>();
        for (JsonNode service : plan.path("services")) {
            String name = service.path("name").asText();
            service.path("tables").forEach(t -> tableOwner.put(t.asText(), name));
            service.path("classes").forEach(c -> classService.put(c.asText(), name));
        }
        SOURCES.forEach((type, source) -> {
            Matcher table = ENTITY_TABLE.matcher(source);
            if (source.contains("@Entity") && table.find()) {
                assertThat(classService.get(type)).as("service of entity %s", type)
                        .isEqualTo(tableOwner.get(table.group(1)));
            }
        });
    }

    @Test
    void sharedTypesUseNothingButSharedTypes() {
        Set<String> shared = new TreeSet<>();
        plan.path("shared").forEach(c -> shared.add(c.asText()));
        for (String type : shared) {
            String source = SOURCES.get(type);
            Matcher imported = IMPORT.matcher(source);
            while (imported.find()) {
                assertThat(shared).as("%s imports %s", type, imported.group(1)).contains(imported.group(1));
            }
            String pkg = packageOf(type);
            SOURCES.keySet().stream()
                    .filter(other -> packageOf(other).equals(pkg) && !shared.contains(other))
                    .forEach(other -> assertThat(source).as("%s uses %s of its own package", type, other)
                            .doesNotContainPattern("\\b" + other.substring(pkg.length() + 1) + "\\b"));
        }
    }

    private static List<String> listed() {
        List<String> listed = new ArrayList<>();
        plan.path("services").forEach(s -> s.path("classes").forEach(c -> listed.add(c.asText())));
        plan.path("shared").forEach(c -> listed.add(c.asText()));
        return listed;
    }

    /** Records the types declared outside any braces of the file: nested types are part of their owner. */
    private static void addTopLevelTypes(Path file) {
        String source = read(file);
        String code = source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ")
                .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
        Matcher pkg = PACKAGE.matcher(code);
        String prefix = pkg.find() ? pkg.group(1) + "." : "";
        Matcher declaration = DECLARATION.matcher(code);
        while (declaration.find()) {
            if (braceDepth(code, declaration.start()) == 0) {
                SOURCES.put(prefix + declaration.group(1), source);
            }
        }
        assertThat(prefix).as("package of %s", file).startsWith(BASE.substring(0, BASE.length() - 1));
    }

    private static int braceDepth(String code, int end) {
        int depth = 0;
        for (int i = 0; i < end; i++) {
            depth += code.charAt(i) == '{' ? 1 : code.charAt(i) == '}' ? -1 : 0;
        }
        return depth;
    }

    private static String packageOf(String type) {
        return type.substring(0, type.lastIndexOf('.'));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
