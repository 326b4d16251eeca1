package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway keeps the monolith's URLs, its port included (found on spring-petclinic-rest, on 9966: the gateway was
 * on 8080); the services' ports count up around it.
 */
class GatewayPortTest {
    @TempDir
    Path dir;

    @Test
    void theGatewayListensOnTheMonolithsPortAndTheServicesSkipIt() throws IOException {
        Path root = monolith("server.port=${PORT:8082}\n");

        Generator.generate(null, plan(), GenerateOptions.of(root, dir.resolve("out")));

        assertThat(Files.readString(dir.resolve("out/gateway/src/main/resources/application.properties")))
                .contains("server.port=8082\n");
        assertThat(Files.readString(dir.resolve("out/services/alpha/src/main/resources/application.properties")))
                .contains("server.port=8081\n");
        assertThat(Files.readString(dir.resolve("out/services/beta/src/main/resources/application.properties")))
                .as("8082 is the gateway's").contains("server.port=8083\n");
    }

    @Test
    void withoutAPortOfItsOwnTheGatewayTakesBootsDefault() throws IOException {
        Path root = monolith("spring.application.name=greetings\n");

        Generator.generate(null, plan(), GenerateOptions.of(root, dir.resolve("out")));

        assertThat(Files.readString(dir.resolve("out/gateway/src/main/resources/application.properties")))
                .contains("server.port=8080\n");
    }

    private static Plan plan() {
        return Plan.of(List.of(Service.of("alpha", List.of("org.example.greet.alpha.AlphaController")),
                Service.of("beta", List.of("org.example.greet.beta.BetaController"))),
                List.of("org.example.greet.GreetApplication"));
    }

    private Path monolith(String properties) throws IOException {
        Path root = dir.resolve("greet");
        write(root, "pom.xml", TinyMonoliths.bootPom("greet", "org.springframework.boot:spring-boot-starter-web"));
        write(root, "src/main/resources/application.properties", properties);
        write(root, "src/main/java/org/example/greet/GreetApplication.java", """
                package org.example.greet;
                @org.springframework.boot.autoconfigure.SpringBootApplication
                public class GreetApplication {
                    public static void main(String[] args) {
                        org.springframework.boot.SpringApplication.run(GreetApplication.class, args);
                    }
                }
                """);
        for (String name : List.of("Alpha", "Beta")) {
            String pkg = name.toLowerCase(java.util.Locale.ROOT);
            write(root, "src/main/java/org/example/greet/" + pkg + "/" + name + "Controller.java", """
                    package org.example.greet.%s;
                    @org.springframework.web.bind.annotation.RestController
                    public class %sController {
                        @org.springframework.web.bind.annotation.GetMapping("/%s")
                        public String hello() { return "%s"; }
                    }
                    """.formatted(pkg, name, pkg, pkg));
        }
        return root;
    }

    private static void write(Path root, String file, String text) throws IOException {
        TinyMonoliths.write(root, file, text);
    }
}
