package org.ashgrove.evenings;

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
 * expected.json, the reference decomposition, agrees with the WAR: every top-level type is placed once, every table
 * of the schema has one owner (and both dialects create the same tables), every controller sits in a service, each
 * repository interface has a JPA and a JDBC implementation in its own service, every class and package the Spring
 * XML names exists, and the shared library refers to nothing outside itself.
 */
class ExpectedPlanTest {

    private static final String ROOT = "org.ashgrove.evenings.";
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(org\\.ashgrove\\.evenings\\.[\\w.]+);",
            Pattern.MULTILINE);
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_NAME = Pattern.compile("\"(org\\.ashgrove\\.evenings(?:\\.[\\w]+)*)\"");

    /** Top-level type name to its source without comments and string literals. */
    private static final Map<String, String> CODE = new TreeMap<>();
    private static JsonNode plan;

    @BeforeAll
    static void load() throws IOException {
        plan = new ObjectMapper().readTree(Path.of("expected.json").toFile());
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                String code = read(file).replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ")
                        .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
                Matcher pkg = PACKAGE.matcher(code);
                String prefix = pkg.find() ? pkg.group(1) + "." : "";
                Matcher type = TYPE.matcher(code);
                while (type.find()) {
                    if (depth(code, type.start()) == 0) {
                        CODE.put(prefix + type.group(1), code);
                    }
                }
            }
        }
    }

    @Test
    void threeServicesAndASharedLibrary() {
        assertEquals(1, plan.path("schemaVersion").asInt());
        List<String> names = new ArrayList<>();
        plan.path("services").forEach(s -> names.add(s.path("name").asText()));
        assertEquals(List.of("catalogue", "learners", "enrolments"), names);
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
                () -> assertEquals(CODE.keySet(), new TreeSet<>(listed), "expected.json vs src/main/java"));
    }

    @Test
    void everyTableOfTheSchemaHasOneOwnerAndBothDialectsAgree() {
        List<String> owned = new ArrayList<>();
        plan.path("services").forEach(s -> s.path("tables").forEach(t -> owned.add(t.asText())));
        Set<String> h2 = tables(Path.of("src/main/resources/db/h2/schema.sql"));
        assertEquals(owned.size(), new TreeSet<>(owned).size(), "a table owned twice: " + owned);
        assertEquals(h2, new TreeSet<>(owned));
        assertEquals(h2, tables(Path.of("src/main/resources/db/hsqldb/schema.sql")));
    }

    @Test
    void everyControllerBelongsToAService() {
        Set<String> controllers = CODE.entrySet().stream().filter(e -> e.getValue().contains("@Controller"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(controllers.size() >= 4, "controllers: " + controllers);
        Set<String> inServices = new TreeSet<>();
        plan.path("services").forEach(s -> s.path("classes").forEach(c -> inServices.add(c.asText())));
        controllers.forEach(c -> assertTrue(inServices.contains(c), c + " must be in a service"));
    }

    @Test
    void eachRepositoryHasAJpaAndAJdbcImplementationInItsService() {
        Map<String, String> serviceOf = new TreeMap<>();
        plan.path("services").forEach(s -> s.path("classes")
                .forEach(c -> serviceOf.put(c.asText(), s.path("name").asText())));
        Set<String> repositories = CODE.keySet().stream()
                .filter(t -> t.startsWith(ROOT + "repository.") && t.endsWith("Repository"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(4, repositories.size(), "repositories: " + repositories);
        for (String repository : repositories) {
            String simple = repository.substring(repository.lastIndexOf('.') + 1);
            for (String flavour : List.of("jpa.Jpa", "jdbc.Jdbc")) {
                String implementation = ROOT + "repository." + flavour + simple + "Impl";
                assertTrue(CODE.containsKey(implementation), implementation + " is missing");
                assertTrue(CODE.get(implementation).contains("implements " + simple),
                        implementation + " must implement " + simple);
                assertEquals(serviceOf.get(repository), serviceOf.get(implementation), implementation);
            }
        }
    }

    @Test
    void everyClassAndPackageTheSpringXmlNamesExists() throws IOException {
        try (Stream<Path> spring = Files.list(Path.of("src/main/resources/spring"))) {
            for (Path descriptor : spring.filter(f -> f.toString().endsWith(".xml")).collect(Collectors.toList())) {
                Matcher m = XML_NAME.matcher(read(descriptor));
                while (m.find()) {
                    String name = m.group(1);
                    boolean isPackage = !Character.isUpperCase(name.charAt(name.lastIndexOf('.') + 1));
                    boolean exists = isPackage ? Files.isDirectory(Path.of("src/main/java", name.replace('.', '/')))
                            : CODE.containsKey(name);
                    assertTrue(exists, descriptor + " names " + name);
                }
            }
        }
    }

    @Test
    void sharedTypesReferToSharedTypesOnly() {
        Set<String> shared = new TreeSet<>();
        plan.path("shared").forEach(c -> shared.add(c.asText()));
        for (String type : shared) {
            String code = CODE.get(type);
            Matcher imported = IMPORT.matcher(code);
            while (imported.find()) {
                assertTrue(shared.contains(imported.group(1)), type + " imports " + imported.group(1));
            }
            String pkg = type.substring(0, type.lastIndexOf('.'));
            for (String other : CODE.keySet()) {
                if (other.substring(0, other.lastIndexOf('.')).equals(pkg) && !shared.contains(other)) {
                    String simple = other.substring(pkg.length() + 1);
                    assertFalse(Pattern.compile("\\b" + simple + "\\b").matcher(code).find(),
                            type + " uses " + other + " of its own package");
                }
            }
        }
    }

    private static Set<String> tables(Path schema) {
        Set<String> created = new TreeSet<>();
        Matcher m = CREATE_TABLE.matcher(read(schema));
        while (m.find()) {
            created.add(m.group(1).toLowerCase());
        }
        return created;
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
