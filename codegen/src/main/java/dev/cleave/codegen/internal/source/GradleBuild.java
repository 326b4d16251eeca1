package dev.cleave.codegen.internal.source;

import dev.cleave.codegen.GenerationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Gradle monolith's build (Groovy or Kotlin DSL) read as its Maven equivalent, the template of the generated
 * Maven builds: the Spring Boot plugin's version, the Java release, the BOMs ({@code platform(...)},
 * {@code mavenBom}) and the dependencies with their configurations mapped to Maven scopes. Gradle is not run: the
 * build file is read as text, as written by Spring Initializr and most applications (string and map notations,
 * versions from {@code gradle.properties}, {@code ext}/{@code extra} or {@code val}/{@code def} variables). A
 * dependency it cannot read (a version catalog alias, a project dependency) is reported, not guessed.
 */
final class GradleBuild {
    private static final Pattern BOOT_PLUGIN = Pattern.compile(
            "id\\s*\\(?\\s*[\"']org\\.springframework\\.boot[\"']\\s*\\)?\\s*version\\s*\\(?\\s*[\"']([^\"']+)[\"']");
    private static final Pattern BOOT_GRADLE_PLUGIN = Pattern.compile(
            "spring-boot-gradle-plugin:([^\"'\\s)]+)");
    private static final List<Pattern> VARIABLES = List.of(
            Pattern.compile("(?m)^\\s*(?:ext\\.|val\\s+|var\\s+|def\\s+)?([A-Za-z_][\\w.-]*)\\s*=\\s*[\"']([^\"'$]+)[\"']"),
            Pattern.compile("set\\(\\s*[\"']([\\w.-]+)[\"']\\s*,\\s*[\"']([^\"'$]+)[\"']\\s*\\)"),
            Pattern.compile("extra\\[\\s*\"([\\w.-]+)\"\\s*]\\s*=\\s*\"([^\"$]+)\""));
    private static final Pattern DEPENDENCY = Pattern.compile("(?m)^\\s*(\\w+)\\s*\\(?\\s*(?:(platform|enforcedPlatform)"
            + "\\s*\\(\\s*)?[\"']([^\"']+)[\"']");
    private static final Pattern MAP_DEPENDENCY = Pattern.compile("(?m)^\\s*(\\w+)\\s*\\(?\\s*group\\s*[:=]\\s*[\"']"
            + "([^\"']+)[\"']\\s*,\\s*name\\s*[:=]\\s*[\"']([^\"']+)[\"'](?:\\s*,\\s*version\\s*[:=]\\s*[\"']([^\"']+)[\"'])?");
    private static final Pattern MAVEN_BOM = Pattern.compile("mavenBom\\s*\\(?\\s*[\"']([^\"']+)[\"']");
    private static final Pattern JAVA = Pattern.compile("(?:languageVersion\\s*(?:=|\\.set\\()\\s*JavaLanguageVersion\\.of"
            + "\\(\\s*(\\d+)|(?:source|target)Compatibility\\s*=\\s*(?:JavaVersion\\.VERSION_(?:1_)?(\\d+)|[\"'](?:1\\.)?(\\d+)"
            + "[\"']))");
    private static final Map<String, String> SCOPES = scopes();

    private GradleBuild() {
    }

    /**
     * @param file     {@code build.gradle} or {@code build.gradle.kts}
     * @param warnings what could not be read, with the fix
     */
    static MonolithBuild read(Path file, List<String> warnings) {
        String text = withoutComments(read(file));
        Map<String, String> variables = variables(file.getParent(), text);
        String boot = first(BOOT_PLUGIN, text).orElseGet(() -> first(BOOT_GRADLE_PLUGIN, text)
                .map(v -> MonolithBuild.resolve(v, variables)).orElse(null));
        if (boot != null) {
            boot = resolveGradle(boot, variables);
        }
        if (boot == null || !boot.matches("\\d+\\..*")) {
            throw new GenerationException("cannot tell which Spring Boot version " + file + " builds with: no"
                    + " 'org.springframework.boot' plugin with a literal version; Cleave generates services of the"
                    + " monolith's own Boot generation (2.7, 3.x, 4.x)");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("java.version", java(text));
        List<MonolithBuild.Dependency> managed = new ArrayList<>();
        Matcher bom = MAVEN_BOM.matcher(text);
        while (bom.find()) {
            managed.add(imported(resolveGradle(bom.group(1), variables)));
        }
        Map<String, MonolithBuild.Dependency> dependencies = new LinkedHashMap<>();
        Matcher d = DEPENDENCY.matcher(text);
        while (d.find()) {
            String configuration = d.group(1);
            String notation = resolveGradle(d.group(3), variables);
            if (!SCOPES.containsKey(configuration) || !notation.matches("[^:\\s]+:[^:\\s]+(:[^:\\s]*)*")) {
                continue;
            }
            if (d.group(2) != null) {
                managed.add(imported(notation));
            } else {
                add(dependencies, configuration, notation.split(":"), warnings, file);
            }
        }
        Matcher m = MAP_DEPENDENCY.matcher(text);
        while (m.find()) {
            if (SCOPES.containsKey(m.group(1))) {
                String version = m.group(4) == null ? "" : ":" + resolveGradle(m.group(4), variables);
                add(dependencies, m.group(1), (m.group(2) + ":" + m.group(3) + version).split(":"), warnings, file);
            }
        }
        if (Pattern.compile("(?m)^\\s*\\w+\\s*\\(?\\s*(libs\\.|project\\()").matcher(text).find()) {
            warnings.add(file + " uses version-catalog aliases or project dependencies, which Cleave does not read:"
                    + " add them to the generated poms by hand, or write them as group:artifact:version");
        }
        return new MonolithBuild(boot, true, null, properties, managed, List.copyOf(dependencies.values()),
                List.of(), List.of(), List.of(), file.getFileName().toString(), List.copyOf(warnings));
    }

    private static void add(Map<String, MonolithBuild.Dependency> found, String configuration, String[] parts,
                            List<String> warnings, Path file) {
        String scope = SCOPES.get(configuration);
        if (scope.equals("skip")) {
            return;
        }
        String key = parts[0] + ":" + parts[1];
        MonolithBuild.Dependency before = found.get(key);
        if (before != null && !before.optional() && (before.scope() == null || scope.equals("processor"))) {
            return;
        }
        if (scope.equals("processor")) {
            scope = "provided";
        }
        boolean optional = configuration.equals("developmentOnly");
        StringBuilder xml = new StringBuilder("<dependency>\n  <groupId>").append(parts[0])
                .append("</groupId>\n  <artifactId>").append(parts[1]).append("</artifactId>\n");
        if (parts.length > 2 && !parts[2].isBlank()) {
            xml.append("  <version>").append(parts[2]).append("</version>\n");
        }
        if (parts.length > 3 && !parts[3].isBlank()) {
            xml.append("  <classifier>").append(parts[3]).append("</classifier>\n");
        }
        if (!scope.equals("compile")) {
            xml.append("  <scope>").append(scope).append("</scope>\n");
        }
        if (optional) {
            xml.append("  <optional>true</optional>\n");
        }
        found.put(key, new MonolithBuild.Dependency(parts[0], parts[1], scope.equals("compile") ? null : scope,
                optional, xml.append("</dependency>").toString()));
    }

    private static MonolithBuild.Dependency imported(String notation) {
        String[] parts = notation.split(":");
        String version = parts.length > 2 ? "  <version>" + parts[2] + "</version>\n" : "";
        return new MonolithBuild.Dependency(parts[0], parts[1], "import", false, "<dependency>\n  <groupId>" + parts[0]
                + "</groupId>\n  <artifactId>" + parts[1] + "</artifactId>\n" + version
                + "  <type>pom</type>\n  <scope>import</scope>\n</dependency>");
    }

    /** Gradle's {@code $name}, {@code ${name}} and {@code ${property("name")}} in a string, where known. */
    private static String resolveGradle(String text, Map<String, String> variables) {
        String s = text.replaceAll("\\$\\{\\s*(?:property|project\\.property|findProperty)\\(\\s*[\"']([\\w.-]+)[\"']\\s*\\)"
                + "\\s*}", "\\${$1}").replaceAll("\\$([A-Za-z_][\\w]*)", "\\${$1}");
        return MonolithBuild.resolve(s, variables);
    }

    private static Map<String, String> variables(Path dir, String text) {
        Map<String, String> variables = new LinkedHashMap<>();
        Path properties = dir.resolve("gradle.properties");
        if (Files.isRegularFile(properties)) {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(properties)) {
                p.load(in);
            } catch (IOException e) {
                throw new GenerationException("cannot read " + properties + ": " + e.getMessage(), e);
            }
            p.stringPropertyNames().stream().sorted().forEach(k -> variables.put(k, p.getProperty(k)));
        }
        for (Pattern pattern : VARIABLES) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                variables.putIfAbsent(m.group(1), m.group(2));
            }
        }
        return variables;
    }

    private static String java(String text) {
        Matcher m = JAVA.matcher(text);
        if (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    return m.group(g);
                }
            }
        }
        return "17";
    }

    private static java.util.Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static String withoutComments(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)(^|\\s)//.*$", "$1");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new GenerationException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Gradle configuration → Maven scope; {@code skip} for tests, {@code processor} for annotation processors. */
    private static Map<String, String> scopes() {
        Map<String, String> s = new LinkedHashMap<>();
        for (String c : List.of("implementation", "api", "compile")) {
            s.put(c, "compile");
        }
        for (String c : List.of("runtimeOnly", "runtime", "developmentOnly")) {
            s.put(c, "runtime");
        }
        s.put("compileOnly", "provided");
        s.put("providedCompile", "provided");
        s.put("providedRuntime", "provided");
        s.put("annotationProcessor", "processor");
        s.put("kapt", "processor");
        for (String c : List.of("testImplementation", "testRuntimeOnly", "testCompileOnly", "testAnnotationProcessor",
                "testCompile", "testRuntime", "integrationTestImplementation")) {
            s.put(c, "skip");
        }
        return Map.copyOf(s);
    }
}
