package com.lakeshoremutual.office;

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
 * table of schema.sql has one owner, every Struts action is mapped in struts-config.xml and sits in a service,
 * every MyBatis mapper interface has its XML, every class the XML descriptors name exists, and the shared library
 * refers to nothing outside itself.
 */
class ExpectedPlanTest {

    private static final String ROOT = "com.lakeshoremutual.office.";
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(com\\.lakeshoremutual\\.office\\.[\\w.]+);",
            Pattern.MULTILINE);
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("<action\\s+path=\"([^\"]+)\"\\s+type=\"([\\w.]+)\"");
    private static final Pattern NAMESPACE = Pattern.compile("<mapper namespace=\"([\\w.]+)\"");
    private static final Pattern APPLICATION_CLASS = Pattern.compile("\"(com\\.lakeshoremutual\\.office\\.[\\w.]+)\"");

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
        assertEquals(4, plan.path("services").size());
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
    void everyActionIsMappedOnceAndBelongsToAService() {
        Set<String> mapped = new TreeSet<>();
        Set<String> paths = new TreeSet<>();
        Matcher m = ACTION.matcher(read(Path.of("src/main/webapp/WEB-INF/struts-config.xml")));
        while (m.find()) {
            assertTrue(paths.add(m.group(1)), m.group(1) + " is mapped twice");
            mapped.add(m.group(2));
        }
        Set<String> actions = SOURCES.keySet().stream().filter(t -> t.startsWith(ROOT + "web.action."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(actions.size() >= 12 && actions.size() <= 20, "12 to 20 actions: " + actions.size());
        assertEquals(actions, mapped, "action classes vs struts-config.xml");

        Set<String> inServices = new TreeSet<>();
        plan.path("services").forEach(s -> s.path("classes").forEach(c -> inServices.add(c.asText())));
        actions.forEach(action -> assertTrue(inServices.contains(action), action + " must be in a service"));
    }

    @Test
    void everyMapperInterfaceHasItsXmlAndTheOtherWayRound() throws IOException {
        Set<String> namespaces = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/sqlmap"))) {
            for (Path file : files.collect(Collectors.toList())) {
                Matcher m = NAMESPACE.matcher(read(file));
                assertTrue(m.find(), file + " has no namespace");
                assertEquals(m.group(1).substring(m.group(1).lastIndexOf('.') + 1) + ".xml",
                        file.getFileName().toString());
                namespaces.add(m.group(1));
            }
        }
        Set<String> mappers = SOURCES.entrySet().stream()
                .filter(e -> e.getKey().startsWith(ROOT + "dao.") && e.getValue().contains("public interface"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(mappers, namespaces);
    }

    @Test
    void everyClassTheXmlNamesExists() throws IOException {
        List<Path> descriptors = new ArrayList<>(List.of(Path.of("src/main/webapp/WEB-INF/web.xml"),
                Path.of("src/main/webapp/WEB-INF/struts-config.xml"), Path.of("src/main/resources/mybatis-config.xml")));
        try (Stream<Path> spring = Files.list(Path.of("src/main/resources/spring"))) {
            spring.forEach(descriptors::add);
        }
        for (Path descriptor : descriptors) {
            Matcher m = APPLICATION_CLASS.matcher(read(descriptor));
            while (m.find()) {
                String name = m.group(1);
                boolean isPackage = !Character.isUpperCase(name.charAt(name.lastIndexOf('.') + 1));
                boolean isBundle = Files.exists(Path.of("src/main/resources", name.replace('.', '/') + ".properties"));
                assertTrue(isPackage || isBundle || SOURCES.containsKey(name), descriptor + " names " + name);
            }
        }
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
