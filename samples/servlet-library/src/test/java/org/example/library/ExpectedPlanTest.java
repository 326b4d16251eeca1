package org.example.library;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * expected.json (the reference decomposition) stays in step with the code: every top-level type of
 * src/main/java is placed exactly once, nothing listed is missing, and every table of schema.sql is
 * owned by exactly one service.
 */
class ExpectedPlanTest {

    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");
    private static final Pattern TYPE = Pattern.compile("\\b(class|interface|enum|record)\\s+(\\w+)");
    private static final Pattern TABLE = Pattern.compile("CREATE TABLE\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

    private static JsonNode plan;

    @BeforeAll
    static void readPlan() throws IOException {
        plan = new ObjectMapper().readTree(Path.of("expected.json").toFile());
    }

    @Test
    void everyTopLevelTypeIsPlacedExactlyOnce() throws IOException {
        List<String> listed = new ArrayList<>();
        plan.path("services").forEach(s -> s.path("classes").forEach(c -> listed.add(c.asText())));
        plan.path("shared").forEach(c -> listed.add(c.asText()));
        Set<String> duplicates = listed.stream()
                .filter(c -> listed.indexOf(c) != listed.lastIndexOf(c)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = topLevelTypes(Path.of("src/main/java"));
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(listed);
        Set<String> unknown = new TreeSet<>(listed);
        unknown.removeAll(declared);

        assertAll(
                () -> assertEquals(Set.of(), duplicates, "listed more than once in expected.json"),
                () -> assertEquals(Set.of(), missing, "top-level types missing from expected.json"),
                () -> assertEquals(Set.of(), unknown, "listed in expected.json but not declared in src/main/java"),
                () -> assertTrue(declared.size() >= 60 && declared.size() <= 150,
                        "60-150 main types, found " + declared.size()));
    }

    @Test
    void everyTableHasExactlyOneOwner() throws IOException {
        TreeMap<String, List<String>> owners = new TreeMap<>();
        plan.path("services").forEach(s -> s.path("tables").forEach(
                t -> owners.computeIfAbsent(t.asText(), k -> new ArrayList<>()).add(s.path("name").asText())));
        Set<String> schemaTables = new TreeSet<>();
        Matcher m = TABLE.matcher(Files.readString(Path.of("src/main/resources/schema.sql")));
        while (m.find()) {
            schemaTables.add(m.group(1).toLowerCase());
        }
        assertEquals(schemaTables, owners.keySet(), "tables of schema.sql vs tables owned in expected.json");
        owners.forEach((table, services) -> assertEquals(1, services.size(), table + " owned by " + services));
    }

    /** Fully-qualified names of the types declared at brace depth 0 of each source file. */
    static Set<String> topLevelTypes(Path root) throws IOException {
        Set<String> result = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                String code = stripCommentsAndLiterals(Files.readString(file));
                Matcher pkg = PACKAGE.matcher(code);
                String prefix = pkg.find() ? pkg.group(1) + "." : "";
                Matcher type = TYPE.matcher(code);
                while (type.find()) {
                    if (depthAt(code, type.start()) == 0) {
                        result.add(prefix + type.group(2));
                    }
                }
            }
        }
        return result;
    }

    private static int depthAt(String code, int index) {
        int depth = 0;
        for (int i = 0; i < index; i++) {
            char c = code.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return depth;
    }

    /** Blanks out comments, string and char literals so braces and keywords inside them do not count. */
    static String stripCommentsAndLiterals(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                while (i < src.length() && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? src.length() : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                i = skipLiteral(src, i, c);
                out.append("\"\"");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int skipLiteral(String src, int start, char quote) {
        if (quote == '"' && src.startsWith("\"\"\"", start)) {
            int end = src.indexOf("\"\"\"", start + 3);
            return end < 0 ? src.length() : end + 3;
        }
        int i = start + 1;
        while (i < src.length() && src.charAt(i) != quote) {
            i += src.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }
}
