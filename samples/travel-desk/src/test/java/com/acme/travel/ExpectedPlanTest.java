package com.acme.travel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * expected.json (the reference decomposition) must place every top-level type of src/main/java exactly once and give
 * every table of the Flyway migrations one owner.
 */
class ExpectedPlanTest {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(com\\.acme\\.travel\\.[\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern TABLE = Pattern.compile("@(?:Join)?Table\\(name\\s*=\\s*\"(\\w+)\"");
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)",
            Pattern.CASE_INSENSITIVE);

    private static JsonNode plan;
    private static Set<String> sourceTypes;
    private static Map<String, String> sources;

    @BeforeAll
    static void load() throws IOException {
        plan = new ObjectMapper().readTree(Path.of("expected.json").toFile());
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                    .collect(Collectors.toMap(ExpectedPlanTest::qualifiedName, ExpectedPlanTest::read));
        }
        sourceTypes = new TreeSet<>(sources.keySet());
    }

    @Test
    void hasSchemaVersionOneAndThreeToFiveServices() {
        assertThat(plan.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(plan.path("services").size()).isBetween(3, 5);
        plan.path("services").forEach(s -> assertThat(s.path("name").asText()).matches("[a-z][a-z0-9-]*"));
    }

    @Test
    void everySourceTypeIsListed() {
        assertThat(listedTypes()).containsAll(sourceTypes);
    }

    @Test
    void noTypeIsListedTwice() {
        Map<String, Long> counts = listedTypes().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)).isEmpty();
    }

    @Test
    void everyListedTypeExists() {
        assertThat(sourceTypes).containsAll(listedTypes());
    }

    @Test
    void everyTableHasOneOwner() {
        Set<String> tables = new HashSet<>();
        for (JsonNode service : plan.path("services")) {
            for (JsonNode table : service.path("tables")) {
                assertThat(tables.add(table.asText())).as("table %s owned twice", table.asText()).isTrue();
            }
        }
        assertThat(tables).contains("destination", "trip", "customer", "booking", "payment", "invoice")
                .doesNotContain("flyway_schema_history");
    }

    @Test
    void tablesAreExactlyThoseTheEntitiesMap() {
        Set<String> mapped = new TreeSet<>();
        sources.forEach((type, source) -> {
            Matcher m = TABLE.matcher(source);
            boolean named = false;
            while (m.find()) {
                named |= !m.group().startsWith("@JoinTable");
                mapped.add(m.group(1));
            }
            if (source.contains("\n@Entity") && !named) {
                mapped.add(snakeCase(type.substring(type.lastIndexOf('.') + 1)));
            }
        });
        assertThat(ownedTables()).isEqualTo(mapped);
    }

    @Test
    void tablesAreExactlyThoseTheMigrationsCreate() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            files.filter(p -> p.getFileName().toString().matches("V\\d+__\\w+\\.sql")).forEach(p -> {
                Matcher m = CREATE_TABLE.matcher(read(p));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            });
        }
        assertThat(ownedTables()).isEqualTo(created);
    }

    @Test
    void sharedTypesDependOnSharedTypesOnly() {
        Set<String> shared = new TreeSet<>();
        plan.path("shared").forEach(c -> shared.add(c.asText()));
        for (String type : shared) {
            String source = sources.get(type);
            Matcher m = IMPORT.matcher(source);
            while (m.find()) {
                assertThat(shared).as("%s imports %s", type, m.group(1)).contains(m.group(1));
            }
            String pkg = type.substring(0, type.lastIndexOf('.'));
            for (String other : sourceTypes) {
                boolean samePackage = other.substring(0, other.lastIndexOf('.')).equals(pkg);
                String simpleName = other.substring(other.lastIndexOf('.') + 1);
                if (samePackage && !shared.contains(other)) {
                    assertThat(Pattern.compile("\\b" + simpleName + "\\b").matcher(source).find())
                            .as("%s refers to %s of its own package", type, other).isFalse();
                }
            }
        }
    }

    private static Set<String> ownedTables() {
        Set<String> owned = new TreeSet<>();
        plan.path("services").forEach(s -> s.path("tables").forEach(t -> owned.add(t.asText())));
        return owned;
    }

    private static String snakeCase(String simpleName) {
        return simpleName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static List<String> listedTypes() {
        List<String> listed = new ArrayList<>();
        for (JsonNode service : plan.path("services")) {
            service.path("classes").forEach(c -> listed.add(c.asText()));
        }
        plan.path("shared").forEach(c -> listed.add(c.asText()));
        return listed;
    }

    private static String qualifiedName(Path file) {
        Matcher m = PACKAGE.matcher(read(file));
        String simpleName = file.getFileName().toString().replaceFirst("\\.java$", "");
        return m.find() ? m.group(1) + "." + simpleName : simpleName;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
