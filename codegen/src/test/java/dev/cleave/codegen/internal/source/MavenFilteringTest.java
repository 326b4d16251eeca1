package dev.cleave.codegen.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resources as the monolith's Maven build leaves them. */
class MavenFilteringTest {
    @TempDir
    Path dir;

    @Test
    void aFilteredFolderTakesThePomsAndTheDefaultProfilesPropertiesOthersStayAsWritten() throws IOException {
        write("pom.xml", """
                <project><modelVersion>4.0.0</modelVersion><groupId>org.acme</groupId><artifactId>desk</artifactId>
                  <version>2.1</version>
                  <properties><jdbc.url>jdbc:hsqldb:mem:desk</jdbc.url><greeting>hello</greeting></properties>
                  <build><resources>
                    <resource><directory>src/main/resources</directory><filtering>true</filtering></resource>
                    <resource><directory>src/main/raw</directory></resource>
                  </resources></build>
                  <profiles>
                    <profile><id>h2</id><activation><activeByDefault>true</activeByDefault></activation>
                      <properties><jdbc.url>jdbc:h2:mem:desk</jdbc.url></properties></profile>
                    <profile><id>mysql</id><properties><jdbc.url>jdbc:mysql://db/desk</jdbc.url></properties></profile>
                  </profiles>
                </project>
                """);
        write("src/main/resources/app.properties", "url=${jdbc.url}\nv=@project.version@\nunknown=${nobody}\n"
                + "by=${greeting}, ü\n");
        write("src/main/raw/app.properties", "url=${jdbc.url}\n");
        Files.write(dir.resolve("src/main/resources/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '$', '{'});
        MavenFiltering filtering = MavenFiltering.of(dir);

        assertThat(filtering.read(dir, dir.resolve("src/main/resources/app.properties")))
                .isEqualTo("url=jdbc:h2:mem:desk\nv=2.1\nunknown=${nobody}\nby=hello, ü\n");
        assertThat(filtering.read(dir, dir.resolve("src/main/resources/app.properties"), Set.of("jdbc.url")))
                .startsWith("url=${jdbc.url}\nv=2.1\n");
        assertThat(filtering.read(dir, dir.resolve("src/main/raw/app.properties"))).isEqualTo("url=${jdbc.url}\n");
        assertThat(filtering.bytes(dir, dir.resolve("src/main/resources/logo.png")))
                .as("not text: copied byte for byte").containsExactly(0x89, 'P', 'N', 'G', '$', '{');
        assertThat(new String(filtering.bytes(dir, dir.resolve("src/main/resources/app.properties")),
                StandardCharsets.UTF_8)).contains("url=jdbc:h2:mem:desk");
    }

    @Test
    void underSpringBootsParentOnlyAtDelimitersAreMavens() throws IOException {
        write("pom.xml", """
                <project><modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
                    <version>3.5.7</version></parent>
                  <artifactId>shop</artifactId><version>4.0</version>
                  <build><resources><resource><directory>src/main/resources</directory><filtering>true</filtering>
                    </resource></resources></build>
                </project>
                """);
        write("src/main/resources/application.properties", "info.version=@project.version@\nport=${PORT:8080}\n");

        assertThat(MavenFiltering.of(dir).read(dir, dir.resolve("src/main/resources/application.properties")))
                .isEqualTo("info.version=4.0\nport=${PORT:8080}\n");
    }

    @Test
    void noPomOrNoFilteredFolderFiltersNothing() throws IOException {
        write("src/main/resources/a.properties", "x=${project.version}\n");
        assertThat(MavenFiltering.of(dir).read(dir, dir.resolve("src/main/resources/a.properties")))
                .isEqualTo("x=${project.version}\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
