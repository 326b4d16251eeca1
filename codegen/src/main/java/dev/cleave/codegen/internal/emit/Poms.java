package dev.cleave.codegen.internal.emit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The generated poms: one aggregator, the shared library and one Spring Boot project per runnable module. */
public final class Poms {
    static final String BOOT_VERSION = "3.5.7";
    static final String CLOUD_VERSION = "2025.0.0";

    private final String groupId;
    private final String project;
    private final DeployHook deploy;

    public Poms(String groupId, String project, DeployHook deploy) {
        this.groupId = groupId;
        this.project = project;
        this.deploy = deploy;
    }

    /** What the poms and the output get for deployment. */
    public DeployHook deploy() {
        return deploy;
    }

    public String aggregator(List<String> modules) {
        StringBuilder s = header(project + "-system", "pom", "All generated modules of " + project + ": mvn package");
        s.append("  <modules>\n");
        modules.forEach(m -> s.append("    <module>").append(m).append("</module>\n"));
        return s.append("  </modules>\n</project>\n").toString();
    }

    public String library(String module, String artifactId, String description, List<String> dependencies) {
        StringBuilder s = bootHeader(artifactId, description, deploy.properties(module, null));
        s.append("  <dependencies>\n");
        dependencies.forEach(s::append);
        return s.append("  </dependencies>\n</project>\n").toString();
    }

    /** A runnable module: its dependencies, actuator for health, and the Boot plugin with the given main class. */
    public String application(String module, String artifactId, String description, List<String> dependencies,
                              String mainClass, String managedImport) {
        StringBuilder s = bootHeader(artifactId, description, deploy.properties(module, mainClass));
        if (managedImport != null) {
            s.append("  <dependencyManagement>\n    <dependencies>\n").append(managedImport)
                    .append("    </dependencies>\n  </dependencyManagement>\n");
        }
        s.append("  <dependencies>\n");
        dependencies.forEach(s::append);
        s.append(dependency("org.springframework.boot", "spring-boot-starter-actuator", null));
        s.append("  </dependencies>\n\n  <build>\n    <plugins>\n");
        s.append("      <plugin>\n        <groupId>org.springframework.boot</groupId>\n")
                .append("        <artifactId>spring-boot-maven-plugin</artifactId>\n")
                .append("        <configuration>\n          <mainClass>").append(mainClass).append("</mainClass>\n")
                .append("        </configuration>\n      </plugin>\n");
        s.append(deploy.buildPlugins(module, artifactId));
        return s.append("    </plugins>\n  </build>\n</project>\n").toString();
    }

    public String dependency(String group, String artifact, String version) {
        return "    <dependency>\n      <groupId>" + group + "</groupId>\n      <artifactId>" + artifact
                + "</artifactId>\n" + (version == null ? "" : "      <version>" + version + "</version>\n")
                + "    </dependency>\n";
    }

    public String sharedDependency() {
        return dependency(groupId, project + "-shared", "${project.version}");
    }

    public static String cloudImport() {
        return "      <dependency>\n        <groupId>org.springframework.cloud</groupId>\n"
                + "        <artifactId>spring-cloud-dependencies</artifactId>\n        <version>" + CLOUD_VERSION
                + "</version>\n        <type>pom</type>\n        <scope>import</scope>\n      </dependency>\n";
    }

    private StringBuilder bootHeader(String artifactId, String description, Map<String, String> extra) {
        StringBuilder s = new StringBuilder(XML);
        s.append("  <parent>\n    <groupId>org.springframework.boot</groupId>\n")
                .append("    <artifactId>spring-boot-starter-parent</artifactId>\n    <version>").append(BOOT_VERSION)
                .append("</version>\n    <relativePath/>\n  </parent>\n");
        coordinates(s, artifactId, "jar", description);
        s.append("  <properties>\n    <java.version>17</java.version>\n")
                .append("    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>\n");
        new TreeMap<>(extra).forEach((k, v) -> s.append("    <").append(k).append('>').append(v).append("</").append(k)
                .append(">\n"));
        s.append("  </properties>\n\n");
        return s;
    }

    private StringBuilder header(String artifactId, String packaging, String description) {
        StringBuilder s = new StringBuilder(XML);
        coordinates(s, artifactId, packaging, description);
        return s;
    }

    private void coordinates(StringBuilder s, String artifactId, String packaging, String description) {
        s.append("  <groupId>").append(groupId).append("</groupId>\n  <artifactId>").append(artifactId)
                .append("</artifactId>\n  <version>0.1.0-SNAPSHOT</version>\n  <packaging>").append(packaging)
                .append("</packaging>\n  <description>").append(description).append("</description>\n\n");
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
