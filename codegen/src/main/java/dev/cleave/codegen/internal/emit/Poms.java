package dev.cleave.codegen.internal.emit;

import dev.cleave.codegen.internal.source.MonolithBuild;
import dev.cleave.codegen.internal.source.MonolithBuild.Dependency;
import dev.cleave.codegen.internal.source.MonolithBuild.Plugin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The generated poms. The monolith's build is their template: the shared library, the services and the database
 * inherit the monolith's Spring Boot parent (or {@code spring-boot-starter-parent} of its Boot version, with what a
 * company parent declared inlined, see {@link MonolithBuild}), its properties, dependency management, repositories,
 * dependencies and the build plugins that apply to a service. The gateway runs none of the monolith's code and is
 * built on Cleave's own Spring Boot and Spring Cloud versions ({@link #GATEWAY_BOOT_VERSION}).
 */
public final class Poms {
    /** Boot version of the gateway (Spring Cloud Gateway Server WebMVC needs a matching release train). */
    static final String GATEWAY_BOOT_VERSION = "3.5.7";
    static final String GATEWAY_CLOUD_VERSION = "2025.0.0";
    /** Version of every generated module (its images are tagged with it, without {@code -SNAPSHOT}). */
    public static final String VERSION = dev.cleave.codegen.deploy.DeployOptions.DEFAULT_PROJECT_VERSION;

    /** Plugins of the monolith that a generated module does not get, with the reason shown in the README. */
    static final Map<String, String> DROPPED_PLUGINS = dropped();

    private final String groupId;
    private final String project;
    private final DeployHook deploy;
    private final MonolithBuild build;
    /** What a servlet web application's modules need besides its own dependencies (all in the shared library). */
    private final List<String> legacyExtras;

    public Poms(String groupId, String project, DeployHook deploy, MonolithBuild build) {
        this(groupId, project, deploy, build, List.of());
    }

    /**
     * @param legacyExtras dependencies the shared library adds for a servlet web application (Boot's web and JDBC
     *                     starters, Jasper for its JSPs); empty for a Boot monolith
     */
    public Poms(String groupId, String project, DeployHook deploy, MonolithBuild build, List<String> legacyExtras) {
        this.groupId = groupId;
        this.project = project;
        this.deploy = deploy;
        this.build = build;
        this.legacyExtras = List.copyOf(legacyExtras);
    }

    /** What the poms and the output get for deployment. */
    public DeployHook deploy() {
        return deploy;
    }

    public MonolithBuild build() {
        return build;
    }

    public String aggregator(List<String> modules) {
        StringBuilder s = new StringBuilder(XML);
        coordinates(s, project + "-system", "pom", "All generated modules of " + project + ": mvn package");
        s.append("  <modules>\n");
        modules.forEach(m -> s.append("    <module>").append(m).append("</module>\n"));
        return s.append("  </modules>\n</project>\n").toString();
    }

    /** The shared library: the monolith's dependencies plus what the Cleave runtime uses. */
    public String library(String module, String artifactId, String description) {
        StringBuilder s = monolithHeader(artifactId, description, deploy.properties(module, null));
        s.append("  <dependencies>\n");
        monolithDependencies().forEach(s::append);
        for (String artifact : List.of("jackson-databind", "jackson-datatype-jsr310", "jackson-datatype-jdk8")) {
            String group = artifact.equals("jackson-databind") ? "com.fasterxml.jackson.core"
                    : "com.fasterxml.jackson.datatype";
            if (build.dependencies().stream().noneMatch(d -> d.is(group, artifact))) {
                s.append(dependency(group, artifact, null));
            }
        }
        legacyExtras.forEach(s::append);
        // the runtime names JPA's types (it reattaches entities when there are any): the API and spring-orm, no
        // provider, unless the monolith's JPA brings them (a validator named hibernate-validator does not)
        if (!usesJpa() && !build.hasDependency("jakarta.persistence", "jakarta.persistence-api")) {
            s.append(dependency("jakarta.persistence", "jakarta.persistence-api", null));
        }
        if (!usesJpa() && !build.hasDependency("org.springframework", "spring-orm")) {
            s.append(dependency("org.springframework", "spring-orm", null));
        }
        platformApis().forEach(s::append);
        s.append("  </dependencies>\n");
        buildSection(s, null, null);
        return s.append("</project>\n").toString();
    }

    /**
     * Whether the monolith's dependencies bring JPA's API and Spring's ORM support: Spring Data JPA (its starter or
     * itself), which brings both. A provider alone (Hibernate ORM, EclipseLink) or the API alone does not bring
     * {@code spring-orm}, and {@code hibernate-validator} is no JPA at all (Spittr: the runtime did not compile).
     */
    private boolean usesJpa() {
        return build.dependencies().stream().anyMatch(d -> d.artifactId().equals("spring-boot-starter-data-jpa")
                || d.artifactId().equals("spring-data-jpa"));
    }

    /**
     * A runnable module built from the monolith's code (a service, the database): the shared library, the monolith's
     * dependencies, {@code extra} (which replace the monolith's dependencies of the same group and artifact),
     * actuator for health, the monolith's plugins and the Boot plugin with the given main class.
     */
    public String service(String module, String artifactId, String description, List<String> extra,
                          String mainClass) {
        StringBuilder s = monolithHeader(artifactId, description, deploy.properties(module, mainClass));
        s.append("  <dependencies>\n").append(sharedDependency());
        List<String> replaced = extra.stream().map(Poms::key).toList();
        monolithDependencies().stream().filter(d -> !replaced.contains(key(d))).forEach(s::append);
        extra.forEach(s::append);
        if (!build.hasDependency("org.springframework.boot", "spring-boot-starter-actuator")) {
            s.append(dependency("org.springframework.boot", "spring-boot-starter-actuator", null));
        }
        platformApis().forEach(s::append);
        s.append("  </dependencies>\n");
        buildSection(s, mainClass, deploy.buildPlugins(module, artifactId));
        return s.append("</project>\n").toString();
    }

    /** The gateway: Cleave's own Boot and Spring Cloud versions, none of the monolith's build. */
    public String gateway(String module, String artifactId, String description, String mainClass) {
        StringBuilder s = new StringBuilder(XML);
        parent(s, GATEWAY_BOOT_VERSION);
        coordinates(s, artifactId, "jar", description);
        Map<String, String> properties = new TreeMap<>(deploy.properties(module, mainClass));
        properties.put("java.version", "17");
        properties.put("project.build.outputTimestamp", "2026-01-01T00:00:00Z");
        properties(s, properties);
        s.append("  <dependencyManagement>\n    <dependencies>\n")
                .append("      <dependency>\n        <groupId>org.springframework.cloud</groupId>\n")
                .append("        <artifactId>spring-cloud-dependencies</artifactId>\n        <version>")
                .append(GATEWAY_CLOUD_VERSION).append("</version>\n        <type>pom</type>\n")
                .append("        <scope>import</scope>\n      </dependency>\n    </dependencies>\n")
                .append("  </dependencyManagement>\n\n  <dependencies>\n")
                .append(dependency("org.springframework.cloud", "spring-cloud-starter-gateway-server-webmvc", null))
                .append(dependency("org.springframework.boot", "spring-boot-starter-actuator", null))
                .append("  </dependencies>\n\n  <build>\n    <plugins>\n");
        bootPlugin(s, mainClass);
        s.append(deploy.buildPlugins(module, artifactId));
        return s.append("    </plugins>\n  </build>\n</project>\n").toString();
    }

    /** The version the monolith writes for a dependency of its own, as written ({@code ${h2.version}} too); null when none. */
    public String monolithVersion(String group, String artifact) {
        return build.dependencies().stream().filter(d -> d.is(group, artifact)).map(d -> tag(d.xml(), "version"))
                .filter(v -> !v.isEmpty()).findFirst().orElse(null);
    }

    public String dependency(String group, String artifact, String version) {
        return "    <dependency>\n      <groupId>" + group + "</groupId>\n      <artifactId>" + artifact
                + "</artifactId>\n" + (version == null ? "" : "      <version>" + version + "</version>\n")
                + "    </dependency>\n";
    }

    String sharedDependency() {
        return dependency(groupId, project + "-shared", "${project.version}");
    }

    /** The monolith's plugins a service keeps, and the ones it drops with their reasons, for the README. */
    public Map<String, String> pluginDecisions(java.nio.file.Path root) {
        Map<String, String> decisions = new LinkedHashMap<>();
        for (Plugin p : build.plugins()) {
            String reason = DROPPED_PLUGINS.get(p.artifactId());
            decisions.put(p.groupId() + ":" + p.artifactId(), reason != null ? "dropped: " + reason
                    : generatesSources(p) ? "kept in the shared library only: it generates sources (from "
                    + String.join(", ", inputs(p, root).isEmpty() ? List.of("its configuration") : inputs(p, root))
                    + ") that every module gets from the shared jar" : "kept");
        }
        return decisions;
    }

    /**
     * The monolith's dependencies as the monolith wrote them; {@code spring-boot-devtools} is made optional (it must
     * never reach a packaged service) and {@code cleave} settings never change a version.
     */
    private List<String> monolithDependencies() {
        List<String> deps = new ArrayList<>();
        for (Dependency d : build.dependencies()) {
            if (platformApi(d)) {
                continue;
            }
            String xml = d.xml();
            if (d.is("org.springframework.boot", "spring-boot-devtools") && !d.optional()) {
                xml = xml.replace("</dependency>", "  <optional>true</optional>\n</dependency>");
            }
            deps.add(indent(xml, 4));
        }
        return deps;
    }

    /**
     * The Java EE or Jakarta EE platform API in one jar that the monolith compiled against ({@code provided}): last on
     * the modules' class path, so that the APIs the embedded Tomcat, Jersey, Hibernate and the starters bring in their
     * own versions come first (a Java EE 7 jar's Servlet 3.1 would hide Tomcat 9's Servlet 4).
     */
    private static boolean platformApi(Dependency d) {
        return "provided".equals(d.scope()) && MonolithBuild.PLATFORM_APIS.contains(d.artifactId());
    }

    private List<String> platformApis() {
        return build.dependencies().stream().filter(Poms::platformApi).map(d -> indent(d.xml(), 4)).toList();
    }

    private StringBuilder monolithHeader(String artifactId, String description, Map<String, String> extra) {
        StringBuilder s = new StringBuilder(XML);
        parent(s, build.bootVersion());
        coordinates(s, artifactId, "jar", description);
        Map<String, String> properties = new LinkedHashMap<>(build.properties());
        // the compiler's levels set as properties (maven.compiler.release=11), raised as in the plugin's configuration
        properties.replaceAll((key, value) -> COMPILER_LEVEL.matcher(key).matches() && value != null
                && value.strip().matches("(1\\.)?\\d+") && Integer.parseInt(value.strip().replaceFirst("^1\\.", "")) < 17
                ? "${java.version}" : value);
        properties.put("java.version", build.javaVersion());
        properties.put("project.build.outputTimestamp", outputTimestamp(build.properties()
                .get("project.build.outputTimestamp")));
        properties.putAll(new TreeMap<>(extra));
        properties(s, properties);
        if (!build.managed().isEmpty()) {
            s.append("  <dependencyManagement>\n    <dependencies>\n");
            build.managed().forEach(d -> s.append(indent(d.xml(), 6)));
            s.append("    </dependencies>\n  </dependencyManagement>\n\n");
        }
        if (!build.repositories().isEmpty()) {
            s.append("  <repositories>\n");
            build.repositories().forEach(r -> s.append(indent(r, 4)));
            s.append("  </repositories>\n\n");
        }
        return s;
    }

    /**
     * Plugins that generate sources at build time (from an OpenAPI or WSDL file, XML or Protocol Buffers schemas, a
     * grammar, a database) and the build-helper executions that add their output as a source root: they run once, in
     * the shared library, which has the monolith's resources and their inputs ({@link #inputs}); a service or the
     * database module gets the generated types from the shared jar (running them there would fail for want of the
     * inputs, or generate the same classes twice).
     */
    static boolean generatesSources(Plugin p) {
        return SOURCE_GENERATORS.contains(p.artifactId())
                || p.artifactId().equals("build-helper-maven-plugin") && p.xml().contains("<goal>add-source</goal>")
                || p.xml().contains("<phase>generate-sources</phase>");
    }

    private static final Set<String> SOURCE_GENERATORS = Set.of("openapi-generator-maven-plugin",
            "swagger-codegen-maven-plugin", "jaxb2-maven-plugin", "maven-jaxb2-plugin", "jaxb-maven-plugin",
            "cxf-codegen-plugin", "jaxws-maven-plugin", "protobuf-maven-plugin", "protoc-jar-maven-plugin",
            "avro-maven-plugin", "jooq-codegen-maven", "antlr4-maven-plugin", "antlr3-maven-plugin",
            "javacc-maven-plugin", "xmlbeans-maven-plugin", "wsdl2java-maven-plugin", "jsonschema2pojo-maven-plugin");

    private static final java.util.regex.Pattern VALUE = java.util.regex.Pattern.compile(">\\s*([^<>\\s]+)\\s*</");

    /**
     * The monolith's files a source-generating plugin reads, as paths relative to the monolith's root: the values in
     * its configuration that name an existing file or folder of the monolith ({@code ${project.basedir}/api.yml},
     * {@code src/main/proto}), but what the shared library has anyway (its sources, resources) and build output.
     */
    static List<String> inputs(Plugin p, java.nio.file.Path root) {
        java.util.TreeSet<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = VALUE.matcher(p.xml());
        while (m.find()) {
            String value = m.group(1).replace("${project.basedir}", "").replace("${basedir}", "")
                    .replaceFirst("^/+", "");
            if (value.isEmpty() || value.contains("${") || value.startsWith("target/") || value.startsWith("src/main/java")
                    || value.startsWith("src/main/resources") || value.contains("..") || value.contains(":")) {
                continue;
            }
            java.nio.file.Path path = root.resolve(value).normalize();
            if (path.startsWith(root) && java.nio.file.Files.exists(path)) {
                found.add(value);
            }
        }
        return List.copyOf(found);
    }

    private void buildSection(StringBuilder s, String mainClass, String deployPlugins) {
        List<Plugin> kept = build.plugins().stream().filter(p -> !DROPPED_PLUGINS.containsKey(p.artifactId()))
                .filter(p -> mainClass == null || !generatesSources(p)).toList();
        if (kept.isEmpty() && mainClass == null && build.pluginManagement().isEmpty()) {
            return;
        }
        s.append("\n  <build>\n");
        if (!build.pluginManagement().isEmpty()) {
            s.append("    <pluginManagement>\n      <plugins>\n");
            build.pluginManagement().forEach(p -> s.append(indent(atLeastJava17(p), 8)));
            s.append("      </plugins>\n    </pluginManagement>\n");
        }
        s.append("    <plugins>\n");
        kept.forEach(p -> s.append(indent(atLeastJava17(p.xml()), 6)));
        if (mainClass != null) {
            bootPlugin(s, mainClass);
            s.append(deployPlugins);
        }
        s.append("    </plugins>\n  </build>\n");
    }

    private void bootPlugin(StringBuilder s, String mainClass) {
        s.append("      <plugin>\n        <groupId>org.springframework.boot</groupId>\n")
                .append("        <artifactId>spring-boot-maven-plugin</artifactId>\n")
                .append("        <configuration>\n          <mainClass>").append(mainClass).append("</mainClass>\n");
        List<Dependency> platform = build.dependencies().stream().filter(Poms::platformApi).toList();
        if (!platform.isEmpty()) {
            // the platform API jar is for compiling only: Boot would package provided jars, and an older platform's
            // classes (Java EE 7's EL, Servlet 3.1) would then hide the embedded Tomcat's
            s.append("          <excludes>\n");
            platform.forEach(d -> s.append("            <exclude>\n              <groupId>").append(d.groupId())
                    .append("</groupId>\n              <artifactId>").append(d.artifactId())
                    .append("</artifactId>\n            </exclude>\n"));
            s.append("          </excludes>\n");
        }
        s.append("        </configuration>\n");
        build.plugins().stream().filter(p -> p.artifactId().equals("spring-boot-maven-plugin")).findFirst()
                .map(p -> EXECUTIONS.matcher(p.xml())).filter(java.util.regex.Matcher::find)
                .ifPresent(m -> s.append(indent(m.group().strip() + "\n", 8)));
        s.append("      </plugin>\n");
    }

    private static final java.util.regex.Pattern COMPILER_LEVEL = java.util.regex.Pattern.compile(
            "maven\\.compiler\\.(source|target|release|testSource|testTarget|testRelease)");

    private static final java.util.regex.Pattern JAVA_LEVEL = java.util.regex.Pattern.compile(
            "<(source|target|release|testSource|testTarget|testRelease)>\\s*(1\\.)?(\\d+)\\s*</\\1>");

    /**
     * A plugin's XML with the compiler's Java levels below 17 raised to the generated modules' release
     * ({@code <source>1.8</source>} in the monolith's compiler configuration would win over {@code java.version} and
     * refuse the Cleave runtime, written for 17; code written for 8 compiles on 17).
     */
    static String atLeastJava17(String xml) {
        java.util.regex.Matcher m = JAVA_LEVEL.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String level = Integer.parseInt(m.group(3)) < 17 ? "${java.version}" : (m.group(2) == null ? "" : m.group(2))
                    + m.group(3);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("<" + m.group(1) + ">" + level + "</"
                    + m.group(1) + ">"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The Boot plugin's executions in the monolith ({@code build-info} feeds {@code /actuator/info}). */
    private static final java.util.regex.Pattern EXECUTIONS =
            java.util.regex.Pattern.compile("<executions>.*?</executions>", java.util.regex.Pattern.DOTALL);

    /**
     * The monolith's {@code project.build.outputTimestamp} when it is a fixed time (it dates the jar's entries, which
     * static resources are served with as {@code Last-Modified}), else a fixed time of Cleave's (reproducible jars).
     */
    static String outputTimestamp(String monolith) {
        boolean fixed = monolith != null && (monolith.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:?\\d{2})")
                || monolith.matches("\\d{9,}"));
        return fixed ? monolith : "2026-01-01T00:00:00Z";
    }

    private static void parent(StringBuilder s, String bootVersion) {
        s.append("  <parent>\n    <groupId>org.springframework.boot</groupId>\n")
                .append("    <artifactId>spring-boot-starter-parent</artifactId>\n    <version>").append(bootVersion)
                .append("</version>\n    <relativePath/>\n  </parent>\n");
    }

    private static void properties(StringBuilder s, Map<String, String> properties) {
        s.append("  <properties>\n");
        properties.forEach((k, v) -> s.append("    <").append(k).append('>').append(escape(v)).append("</").append(k)
                .append(">\n"));
        s.append("  </properties>\n\n");
    }

    private void coordinates(StringBuilder s, String artifactId, String packaging, String description) {
        s.append("  <groupId>").append(groupId).append("</groupId>\n  <artifactId>").append(artifactId)
                .append("</artifactId>\n  <version>").append(VERSION).append("</version>\n  <packaging>")
                .append(packaging).append("</packaging>\n  <description>").append(escape(description))
                .append("</description>\n\n");
    }

    /** {@code group:artifact} of a dependency's XML. */
    private static String key(String dependencyXml) {
        return tag(dependencyXml, "groupId") + ":" + tag(dependencyXml, "artifactId");
    }

    private static String tag(String xml, String tag) {
        int start = xml.indexOf("<" + tag + ">");
        int end = xml.indexOf("</" + tag + ">");
        return start < 0 || end < 0 ? "" : xml.substring(start + tag.length() + 2, end).trim();
    }

    private static String indent(String xml, int spaces) {
        String pad = " ".repeat(spaces);
        StringBuilder s = new StringBuilder();
        xml.strip().lines().forEach(l -> s.append(pad).append(l).append('\n'));
        return s.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Map<String, String> dropped() {
        Map<String, String> m = new TreeMap<>();
        String checks = "checks the monolith's own sources; the generated clients and facades are not written to its"
                + " rules";
        for (String checker : Set.of("maven-checkstyle-plugin", "spotless-maven-plugin", "spring-javaformat-maven-plugin",
                "fmt-maven-plugin", "maven-pmd-plugin", "spotbugs-maven-plugin", "formatter-maven-plugin",
                "license-maven-plugin", "nohttp-checkstyle")) {
            m.put(checker, checks);
        }
        m.put("spring-boot-maven-plugin", "generated for each service with its main class");
        m.put("jib-maven-plugin", "generated for each runnable module");
        m.put("maven-surefire-plugin", "the monolith's tests are not copied into the services");
        m.put("maven-failsafe-plugin", "the monolith's tests are not copied into the services");
        m.put("jacoco-maven-plugin", "measures the monolith's tests, which are not copied");
        m.put("git-commit-id-plugin", "reads the monolith's git repository, which the output is not part of");
        m.put("git-commit-id-maven-plugin", "reads the monolith's git repository, which the output is not part of");
        m.put("frontend-maven-plugin", "builds the monolith's front-end sources, which are not copied");
        m.put("native-maven-plugin", "native images are not generated; services run on a JVM");
        m.put("maven-war-plugin", "services are executable jars");
        m.put("cyclonedx-maven-plugin", "describes the monolith's artifact, not the services'");
        m.put("maven-site-plugin", "reports on the monolith");
        return Map.copyOf(m);
    }

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Generated by Cleave. -->
            <project xmlns="http://maven.apache.org/POM/4.0.0"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
              <modelVersion>4.0.0</modelVersion>
            """;
}
