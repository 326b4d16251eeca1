package com.example.bikes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * expected.json (the reference decomposition) must place every top-level type of src/main/java exactly once.
 */
class ExpectedPlanTest {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(com\\.example\\.bikes\\.[\\w.]+)\\s*;", Pattern.MULTILINE);

    private static final Pattern TABLE = Pattern.compile("@Table\\(name\\s*=\\s*\"(\\w+)\"");

    private static JsonNode plan;

    private static Map<String, String> sources;

    @BeforeAll
    static void load() throws IOException {
        plan = JsonMapper.builder().build().readTree(Path.of("expected.json").toFile());
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                    .collect(Collectors.toMap(ExpectedPlanTest::qualifiedName, ExpectedPlanTest::read));
        }
    }

    @Test
    void hasSchemaVersionOneAndTwoToFourServices() {
        assertThat(plan.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(plan.path("services").size()).isBetween(2, 4);
        plan.path("services").forEach(service -> assertThat(service.path("name").asText()).matches("[a-z][a-z-]*"));
    }

    @Test
    void everySourceTypeIsListed() {
        assertThat(listedTypes()).containsAll(sources.keySet());
    }

    @Test
    void noTypeIsListedTwice() {
        Map<String, Long> counts = listedTypes().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)).isEmpty();
    }

    @Test
    void everyListedTypeExists() {
        assertThat(sources.keySet()).containsAll(listedTypes());
    }

    @Test
    void everyTableHasOneOwnerAndIsMappedByAnEntity() {
        Set<String> owned = new HashSet<>();
        for (JsonNode service : plan.path("services")) {
            for (JsonNode table : service.path("tables")) {
                assertThat(owned.add(table.asText())).as("table %s owned twice", table.asText()).isTrue();
            }
        }
        Set<String> mapped = new TreeSet<>();
        sources.values().forEach(source -> {
            Matcher m = TABLE.matcher(source);
            while (m.find()) {
                mapped.add(m.group(1));
            }
        });
        assertThat(new TreeSet<>(owned)).isEqualTo(mapped);
    }

    @Test
    void sharedTypesDependOnSharedTypesOnly() {
        Set<String> shared = new TreeSet<>();
        plan.path("shared").forEach(c -> shared.add(c.asText()));
        for (String type : shared) {
            Matcher m = IMPORT.matcher(sources.get(type));
            while (m.find()) {
                assertThat(shared).as("%s imports %s", type, m.group(1)).contains(m.group(1));
            }
        }
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
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
