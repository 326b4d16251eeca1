package dev.cleave.codegen.internal.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.codegen.internal.source.MonolithBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build of a Java EE application's modules: what its server gave, and how it bound JSON. */
class JavaEeModulesTest {
    @TempDir
    Path dir;

    /** A Java EE 7 WAR for WildFly (java-ee-7-sample's shape): Jackson through RESTEasy, an old Jackson provided. */
    @Test
    void whatTheServerGaveIsLeftOutAndJavaEe7BindsJsonWithJackson() throws IOException {
        MonolithBuild build = build("7.0", """
                <dependency><groupId>org.jboss.resteasy</groupId><artifactId>resteasy-jackson2-provider</artifactId>
                  <version>3.0.8.Final</version><scope>provided</scope></dependency>
                <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId>
                  <version>2.4.2</version><scope>provided</scope></dependency>
                <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>1.7.25</version></dependency>
                """);
        assertThat(build.dependencies()).extracting(MonolithBuild.Dependency::artifactId)
                .as("the server's RESTEasy and Jackson 2.4 would hide Boot's Jackson and stay out of the jar")
                .containsExactly("javaee-api", "slf4j-api");
        assertThat(build.notes()).anyMatch(n -> n.contains("org.jboss.resteasy:resteasy-jackson2-provider")
                && n.contains("com.fasterxml.jackson.core:jackson-databind"));
        assertThat(JavaEeModules.jsonBinding(build, false)).isFalse();
        assertThat(JavaEeModules.jsonBinding(build("7.0", ""), false)).as("Java EE 7 had no JSON binding").isFalse();
        assertThat(JavaEeModules.jsonBinding(build("8.0.1", ""), false)).as("Java EE 8: JSON-B").isTrue();
    }

    private MonolithBuild build(String platform, String more) throws IOException {
        Path root = Files.createDirectories(dir.resolve("ee-" + platform + "-" + more.length()));
        Files.writeString(root.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
                  <groupId>x</groupId><artifactId>app</artifactId><version>1</version><packaging>war</packaging>
                  <dependencies>
                    <dependency><groupId>javax</groupId><artifactId>javaee-api</artifactId><version>%s</version>
                      <scope>provided</scope></dependency>
                    %s
                  </dependencies>
                </project>
                """.formatted(platform, more));
        return MonolithBuild.read(root, MonolithBuild.bootForServlets(false));
    }
}
