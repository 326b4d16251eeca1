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
        assertThat(poms.pluginDecisions()).containsEntry("org.apache.maven.plugins:maven-compiler-plugin", "kept")
                .hasEntrySatisfying("org.apache.maven.plugins:maven-checkstyle-plugin",
                        d -> assertThat(d).startsWith("dropped: checks the monolith's own sources"));
        assertThat(poms.gateway("gateway", "clinic-gateway", "Gateway", "dev.cleave.gateway.GatewayApplication"))
                .as("the gateway runs none of the monolith's code").contains("<version>" + Poms.GATEWAY_BOOT_VERSION)
                .doesNotContain("webjars", "devtools");
    }

    private static int count(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
