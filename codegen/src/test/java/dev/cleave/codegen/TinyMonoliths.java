package dev.cleave.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Small monoliths written by a test: a Spring Boot 3.5 pom and source files. */
final class TinyMonoliths {
    private TinyMonoliths() {
    }

    /** A Boot 3.5 application's pom with the given {@code group:artifact} dependencies (versions from Boot). */
    static String bootPom(String artifactId, String... dependencies) {
        String deps = Arrays.stream(dependencies).map(d -> "    <dependency><groupId>" + d.substring(0, d.indexOf(':'))
                + "</groupId><artifactId>" + d.substring(d.indexOf(':') + 1) + "</artifactId></dependency>\n")
                .collect(Collectors.joining());
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId><version>3.5.7</version><relativePath/></parent>
                  <groupId>org.example</groupId><artifactId>%s</artifactId><version>1.0</version>
                  <dependencies>
                %s  </dependencies>
                </project>
                """.formatted(artifactId, deps);
    }

    /** Writes {@code text} to {@code file} under {@code root}, creating its folders. */
    static void write(Path root, String file, String text) throws IOException {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), text);
    }
}
