package com.acme.shop;

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
 * expected.json (the reference decomposition) must place every top-level type of src/main/java exactly once.
 */
class ExpectedPlanTest {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private static JsonNode plan;
    private static Set<String> sourceTypes;

    @BeforeAll
    static void load() throws IOException {
        plan = new ObjectMapper().readTree(Path.of("expected.json").toFile());
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sourceTypes = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                    .map(ExpectedPlanTest::qualifiedName)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void hasSchemaVersionOneAndServices() {
        assertThat(plan.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(plan.path("services").size()).isBetween(5, 10);
    }

    @Test
    void everySourceTypeIsListed() {
        assertThat(listedTypes()).containsAll(sourceTypes);
    }

    @Test
    void noTypeIsListedTwice() {
        List<String> listed = listedTypes();
        Map<String, Long> counts = listed.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
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
        assertThat(tables).contains("orders", "stock_item", "audit_log", "product_category", "customer_wishlist");
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
        try {
            Matcher m = PACKAGE.matcher(Files.readString(file));
            String simpleName = file.getFileName().toString().replaceFirst("\\.java$", "");
            return m.find() ? m.group(1) + "." + simpleName : simpleName;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
