package com.northfield.payroll;

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
 * table of schema.sql has one owner, every servlet (web.xml or @WebServlet) is in a service and none is dead, and
 * the shared library refers to nothing outside itself.
 */
class ExpectedPlanTest {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(com\\.northfield\\.payroll\\.[\\w.]+);",
            Pattern.MULTILINE);
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEB_XML_SERVLET = Pattern.compile("<servlet-class>\\s*([\\w.]+)\\s*</servlet-class>");

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
    void threeServicesAndASharedLibrary() {
        assertEquals(1, plan.path("schemaVersion").asInt());
        assertEquals(3, plan.path("services").size());
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
    void everyTableOfTheSchemaHasOneOwner() {
        List<String> owned = new ArrayList<>();
        plan.path("services").forEach(s -> s.path("tables").forEach(t -> owned.add(t.asText())));
        Set<String> created = new TreeSet<>();
        Matcher m = CREATE_TABLE.matcher(read(Path.of("src/main/resources/sql/schema.sql")));
        while (m.find()) {
            created.add(m.group(1).toLowerCase());
        }
        assertEquals(owned.size(), new TreeSet<>(owned).size(), "a table owned twice: " + owned);
        assertEquals(created, new TreeSet<>(owned));
    }

    @Test
    void everyServletIsMappedAndBelongsToAService() {
        Set<String> mapped = new TreeSet<>();
        Matcher m = WEB_XML_SERVLET.matcher(read(Path.of("src/main/webapp/WEB-INF/web.xml")));
        while (m.find()) {
            mapped.add(m.group(1));
        }
        Set<String> annotated = new TreeSet<>();
        Set<String> servlets = new TreeSet<>();
        SOURCES.forEach((type, source) -> {
            if (source.contains("extends HttpServlet")) {
                servlets.add(type);
            }
            if (source.contains("@WebServlet(")) {
                annotated.add(type);
            }
        });
        assertTrue(servlets.size() >= 12 && servlets.size() <= 20, "12 to 20 use-case servlets: " + servlets.size());
        annotated.forEach(type -> assertFalse(mapped.contains(type), type + " is mapped twice"));
        Set<String> reachable = new TreeSet<>(mapped);
        reachable.addAll(annotated);
        assertEquals(servlets, reachable, "servlets vs their mappings");

        Set<String> inServices = new TreeSet<>();
        plan.path("services").forEach(s -> s.path("classes").forEach(c -> inServices.add(c.asText())));
        servlets.forEach(servlet -> assertTrue(inServices.contains(servlet), servlet + " must be in a service"));
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
