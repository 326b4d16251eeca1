package dev.cleave.codegen.internal.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.codegen.internal.source.MonolithBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service's pom is the monolith's, with what a service must not carry taken out and nothing declared twice. */
class PomsTest {
    @TempDir
    Path dir;

    @Test
    void aServicePomInheritsTheMonolithsBuildWithDevtoolsOptionalOneActuatorAndNoSourceCheckers() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId><version>4.0.3</version><relativePath/></parent>
                  <artifactId>clinic</artifactId><version>4.0.0-SNAPSHOT</version>
                  <properties><webjars-locator.version>1.1.2</webjars-locator.version></properties>
                  <dependencies>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-actuator</artifactId></dependency>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-devtools</artifactId></dependency>
                    <dependency><groupId>org.webjars</groupId><artifactId>webjars-locator-lite</artifactId>
                      <version>${webjars-locator.version}</version></dependency>
                  </dependencies>
                  <build><plugins>
                    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-checkstyle-plugin</artifactId></plugin>
                    <plugin><groupId>org.graalvm.buildtools</groupId><artifactId>native-maven-plugin</artifactId></plugin>
                    <plugin><groupId>io.github.git-commit-id</groupId><artifactId>git-commit-id-maven-plugin</artifactId></plugin>
                    <plugin><artifactId>maven-compiler-plugin</artifactId><configuration><parameters>true</parameters></configuration></plugin>
                  </plugins></build>
                </project>
                """);
        Poms poms = new Poms("g", "clinic", DeployHook.NONE, MonolithBuild.read(dir));

        String pom = poms.service("services/vets", "vets-service", "Service 'vets'", List.of(), "org.example.App");

        assertThat(pom).contains("<artifactId>spring-boot-starter-parent</artifactId>\n    <version>4.0.3</version>",
                "<webjars-locator.version>1.1.2</webjars-locator.version>", "<version>${webjars-locator.version}</version>",
                "<artifactId>maven-compiler-plugin</artifactId>", "<parameters>true</parameters>",
                "<mainClass>org.example.App</mainClass>");
        assertThat(count(pom, "<artifactId>spring-boot-starter-actuator</artifactId>")).isEqualTo(1);
        assertThat(pom).containsPattern("<artifactId>spring-boot-devtools</artifactId>\\s*<optional>true</optional>");
        assertThat(pom).doesNotContain("maven-checkstyle-plugin", "native-maven-plugin", "git-commit-id");
        assertThat(poms.pluginDecisions(dir)).containsEntry("org.apache.maven.plugins:maven-compiler-plugin", "kept")
                .hasEntrySatisfying("org.apache.maven.plugins:maven-checkstyle-plugin",
                        d -> assertThat(d).startsWith("dropped: checks the monolith's own sources"));
        assertThat(poms.gateway("gateway", "clinic-gateway", "Gateway", "dev.cleave.gateway.GatewayApplication"))
                .as("the gateway runs none of the monolith's code").contains("<version>" + Poms.GATEWAY_BOOT_VERSION)
                .doesNotContain("webjars", "devtools");
    }

    private static int count(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }

    @Test
    void theBootPluginsExecutionsAndAFixedBuildTimeOfTheMonolithAreKept() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId><version>3.4.2</version><relativePath/></parent>
                  <artifactId>clinic</artifactId><version>3.4.0-SNAPSHOT</version>
                  <properties><project.build.outputTimestamp>2024-11-28T14:37:52Z</project.build.outputTimestamp></properties>
                  <dependencies>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-jdbc</artifactId></dependency>
                  </dependencies>
                  <build><plugins>
                    <plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId>
                      <executions><execution><goals><goal>build-info</goal></goals></execution></executions>
                    </plugin>
                  </plugins></build>
                </project>
                """);
        Poms poms = new Poms("g", "clinic", DeployHook.NONE, MonolithBuild.read(dir));

        String pom = poms.service("services/vets", "vets-service", "Service 'vets'", List.of(), "org.example.App");
        assertThat(pom).as("build-info feeds /actuator/info").containsPattern(
                "<mainClass>org.example.App</mainClass>\\s*</configuration>\\s*<executions>\\s*<execution>\\s*<goals>"
                        + "\\s*<goal>build-info</goal>");
        assertThat(count(pom, "spring-boot-maven-plugin")).isEqualTo(1);
        assertThat(pom).as("the jar's entries, and so Last-Modified of static files, dated as the monolith's")
                .contains("<project.build.outputTimestamp>2024-11-28T14:37:52Z</project.build.outputTimestamp>");
        assertThat(poms.library("shared", "clinic-shared", "Shared")).as("a monolith without JPA: its API for the"
                + " runtime, no provider").contains("<artifactId>jakarta.persistence-api</artifactId>",
                "<artifactId>spring-orm</artifactId>").doesNotContain("hibernate");
        assertThat(Poms.outputTimestamp("${git.commit.time}")).as("not a fixed time").isEqualTo("2026-01-01T00:00:00Z");
        assertThat(Poms.outputTimestamp("1700000000")).isEqualTo("1700000000");
    }

    /**
     * Found on spring-petclinic-rest: its OpenAPI generator (and the build-helper execution adding its output) ran in
     * every service, where its input file is missing, and the build failed. They run once, in the shared library.
     */
    @Test
    void sourceGeneratingPluginsRunOnlyInTheSharedLibraryWithTheirInputs() throws IOException {
        Files.createDirectories(dir.resolve("api"));
        Files.writeString(dir.resolve("api/openapi.yml"), "openapi: 3.0.1\n");
        Files.writeString(dir.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId><version>3.5.7</version><relativePath/></parent>
                  <artifactId>petclinic</artifactId><version>1.0</version>
                  <build><plugins>
                    <plugin><groupId>org.openapitools</groupId><artifactId>openapi-generator-maven-plugin</artifactId>
                      <executions><execution><goals><goal>generate</goal></goals><configuration>
                        <inputSpec>${project.basedir}/api/openapi.yml</inputSpec>
                        <output>${project.build.directory}/generated-sources/openapi</output>
                        <generatorName>spring</generatorName>
                      </configuration></execution></executions></plugin>
                    <plugin><groupId>org.codehaus.mojo</groupId><artifactId>build-helper-maven-plugin</artifactId>
                      <executions><execution><phase>generate-sources</phase><goals><goal>add-source</goal></goals>
                        <configuration><sources><source>target/generated-sources/openapi/src/main/java</source></sources>
                        </configuration></execution></executions></plugin>
                    <plugin><artifactId>maven-compiler-plugin</artifactId></plugin>
                  </plugins></build>
                </project>
                """);
        Poms poms = new Poms("g", "petclinic", DeployHook.NONE, MonolithBuild.read(dir));

        assertThat(poms.service("services/owner", "owner-service", "Service 'owner'", List.of(), "org.example.App"))
                .contains("maven-compiler-plugin").doesNotContain("openapi-generator", "build-helper");
        assertThat(poms.library("shared", "petclinic-shared", "Shared"))
                .contains("openapi-generator-maven-plugin", "build-helper-maven-plugin");
        MonolithBuild.Plugin openapi = MonolithBuild.read(dir).plugins().get(0);
        assertThat(Poms.inputs(openapi, dir)).as("its input file, not its output nor a generator name")
                .containsExactly("api/openapi.yml");
        assertThat(poms.pluginDecisions(dir).get("org.openapitools:openapi-generator-maven-plugin"))
                .startsWith("kept in the shared library only").contains("api/openapi.yml");
    }

    @Test
    void theMonolithsExposedActuatorEndpointsStayWithHealthAdded() {
        assertThat(ServiceModule.exposure(null)).isEqualTo("health");
        assertThat(ServiceModule.exposure("*")).isEqualTo("*");
        assertThat(ServiceModule.exposure("info, metrics")).isEqualTo("info,metrics,health");
        assertThat(ServiceModule.exposure("health,info")).isEqualTo("health,info");
    }
}
