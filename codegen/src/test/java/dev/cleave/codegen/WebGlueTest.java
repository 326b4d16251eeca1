package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Spring MVC and Spring Security apply to every request of the monolith reaches every service with
 * controllers: without the security configuration a service falls back to Boot's default security and refuses every
 * request; without a formatter, forms stop binding.
 */
class WebGlueTest {
    @TempDir
    Path dir;

    @Test
    void theSecurityConfigurationAndAFormatterReachEveryServiceWithControllers() throws IOException {
        Path monolith = monolith(Map.of(
                "demo/DemoApplication.java", """
                        package demo;
                        @org.springframework.boot.autoconfigure.SpringBootApplication
                        public class DemoApplication {
                        }
                        """,
                "demo/security/SecurityConfig.java", """
                        package demo.security;
                        import org.springframework.context.annotation.Bean;
                        import org.springframework.context.annotation.Configuration;
                        import org.springframework.security.config.annotation.web.builders.HttpSecurity;
                        import org.springframework.security.web.SecurityFilterChain;
                        @Configuration
                        public class SecurityConfig {
                            @Bean
                            SecurityFilterChain chain(HttpSecurity http) throws Exception {
                                return http.build();
                            }
                        }
                        """,
                "demo/orders/OrderController.java", """
                        package demo.orders;
                        @org.springframework.web.bind.annotation.RestController
                        public class OrderController {
                            @org.springframework.web.bind.annotation.GetMapping("/orders")
                            public String orders() { return "orders"; }
                        }
                        """,
                "demo/catalog/ColourFormatter.java", """
                        package demo.catalog;
                        import java.util.Locale;
                        @org.springframework.stereotype.Component
                        public class ColourFormatter implements org.springframework.format.Formatter<String> {
                            public String parse(String text, Locale locale) { return text.toUpperCase(locale); }
                            public String print(String value, Locale locale) { return value; }
                        }
                        """,
                "demo/catalog/Converter.java", """
                        package demo.catalog;
                        public interface Converter<A, B> { B convert(A a); }
                        """,
                "demo/catalog/PriceConverter.java", """
                        package demo.catalog;
                        public class PriceConverter implements Converter<String, Long> {
                            public Long convert(String a) { return Long.valueOf(a); }
                        }
                        """,
                "demo/catalog/ProductController.java", """
                        package demo.catalog;
                        @org.springframework.web.bind.annotation.RestController
                        public class ProductController {
                            @org.springframework.web.bind.annotation.GetMapping("/products")
                            public String products() { return "products"; }
                        }
                        """));
        Plan plan = Plan.of(List.of(
                Service.of("catalog", List.of("demo.catalog.ColourFormatter", "demo.catalog.ProductController",
                        "demo.catalog.Converter", "demo.catalog.PriceConverter",
                        "demo.security.SecurityConfig")),
                Service.of("orders", List.of("demo.orders.OrderController"))), List.of("demo.DemoApplication"));

        Path out = dir.resolve("out");
        Generator.generate(null, plan, GenerateOptions.of(monolith, out));

        for (String service : List.of("catalog", "orders")) {
            assertThat(out.resolve("services/" + service + "/src/main/java/demo/security/SecurityConfig.java"))
                    .as("security in " + service).isRegularFile();
            assertThat(out.resolve("services/" + service + "/src/main/java/demo/catalog/ColourFormatter.java"))
                    .as("formatter in " + service).isRegularFile();
        }
        assertThat(out.resolve("services/orders/src/main/java/demo/catalog/PriceConverter.java"))
                .as("the monolith's own Converter interface is no Spring converter").doesNotExist();
    }

    @Test
    void aConfigurationTheApplicationClassImportsIsSharedAndOneThatUsesAServiceIsNamedWithTheFix() throws IOException {
        Map<String, String> sources = new java.util.HashMap<>(Map.of(
                "demo/DemoApplication.java", """
                        package demo;
                        @org.springframework.boot.autoconfigure.SpringBootApplication
                        @org.springframework.context.annotation.Import(demo.config.ClockConfig.class)
                        public class DemoApplication {
                        }
                        """,
                "demo/config/ClockConfig.java", """
                        package demo.config;
                        @org.springframework.context.annotation.Configuration
                        public class ClockConfig {
                            @org.springframework.context.annotation.Bean
                            java.time.Clock clock() { return java.time.Clock.systemUTC(); }
                        }
                        """,
                "demo/orders/OrderController.java", """
                        package demo.orders;
                        @org.springframework.web.bind.annotation.RestController
                        public class OrderController {
                        }
                        """));
        Plan plan = Plan.of(List.of(Service.of("orders", List.of("demo.orders.OrderController", "demo.config.ClockConfig")),
                Service.of("other", List.of())), List.of("demo.DemoApplication"));
        Path out = dir.resolve("out");
        Generator.generate(null, plan, GenerateOptions.of(monolith(sources), out));
        assertThat(out.resolve("shared/src/main/java/demo/config/ClockConfig.java")).isRegularFile();
        assertThat(out.resolve("services/orders/src/main/java/demo/config/ClockConfig.java")).doesNotExist();

        // outside the application's package its scan does not find the configuration: only @Import runs it
        sources.remove("demo/config/ClockConfig.java");
        Files.delete(dir.resolve("demo/src/main/java/demo/config/ClockConfig.java"));
        sources.put("demo/DemoApplication.java", """
                package demo;
                @org.springframework.boot.autoconfigure.SpringBootApplication
                @org.springframework.context.annotation.Import(config.ClockConfig.class)
                public class DemoApplication {
                }
                """);
        sources.put("config/ClockConfig.java", """
                package config;
                @org.springframework.context.annotation.Configuration
                public class ClockConfig {
                    @org.springframework.context.annotation.Bean
                    java.time.Clock clock(demo.orders.OrderController orders) { return java.time.Clock.systemUTC(); }
                }
                """);
        Plan unscanned = Plan.of(List.of(Service.of("orders", List.of("demo.orders.OrderController", "config.ClockConfig")),
                Service.of("other", List.of())), List.of("demo.DemoApplication"));
        Path root = monolith(sources);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Generator.generate(null, unscanned,
                        GenerateOptions.of(root, dir.resolve("out2"))))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("the application class demo.DemoApplication, which every service runs, uses"
                        + " config.ClockConfig")
                .hasMessageContaining("remove the reference from the application class");
        assertThat(dir.resolve("out2")).doesNotExist();
    }

    @Test
    void aFormatterOfTheMonolithsOwnTypeGoesOnlyWhereThatTypeIsUsed() throws IOException {
        Path monolith = monolith(Map.of(
                "demo/DemoApplication.java", """
                        package demo;
                        @org.springframework.boot.autoconfigure.SpringBootApplication
                        public class DemoApplication {
                        }
                        """,
                "demo/owner/PetType.java", """
                        package demo.owner;
                        public class PetType { public String name; }
                        """,
                "demo/owner/Pet.java", """
                        package demo.owner;
                        public class Pet { public String name; public PetType type; }
                        """,
                "demo/owner/PetTypeFormatter.java", """
                        package demo.owner;
                        import java.util.Locale;
                        @org.springframework.stereotype.Component
                        public class PetTypeFormatter implements org.springframework.format.Formatter<PetType> {
                            public PetType parse(String text, Locale locale) { PetType t = new PetType(); t.name = text; return t; }
                            public String print(PetType type, Locale locale) { return type.name; }
                        }
                        """,
                "demo/owner/PetController.java", """
                        package demo.owner;
                        @org.springframework.web.bind.annotation.RestController
                        public class PetController {
                            @org.springframework.web.bind.annotation.PostMapping("/pets")
                            public String add(Pet pet) { return pet.name; }
                        }
                        """,
                "demo/vet/VetController.java", """
                        package demo.vet;
                        @org.springframework.web.bind.annotation.RestController
                        public class VetController {
                            @org.springframework.web.bind.annotation.GetMapping("/vets")
                            public String vets() { return "vets"; }
                        }
                        """));
        Plan plan = Plan.of(List.of(
                Service.of("owner", List.of("demo.owner.PetType", "demo.owner.Pet", "demo.owner.PetController")),
                Service.of("vet", List.of("demo.vet.VetController", "demo.owner.PetTypeFormatter"))),
                List.of("demo.DemoApplication"));

        Path out = dir.resolve("out");
        Generator.generate(null, plan, GenerateOptions.of(monolith, out));

        assertThat(out.resolve("services/owner/src/main/java/demo/owner/PetTypeFormatter.java"))
                .as("the pet form binds a PetType").isRegularFile();
        assertThat(out.resolve("services/vet/src/main/java/demo/owner/PetTypeFormatter.java"))
                .as("its owner by the plan keeps it").isRegularFile();
        Plan elsewhere = Plan.of(List.of(
                Service.of("owner", List.of("demo.owner.PetType", "demo.owner.Pet", "demo.owner.PetController",
                        "demo.owner.PetTypeFormatter")),
                Service.of("vet", List.of("demo.vet.VetController"))), List.of("demo.DemoApplication"));
        Path again = dir.resolve("again");
        Generator.generate(null, elsewhere, GenerateOptions.of(monolith, again));
        assertThat(again.resolve("services/vet/src/main/java/demo/owner/PetTypeFormatter.java"))
                .as("no class of the vet service uses PetType").doesNotExist();
        assertThat(again.resolve("services/vet/src/main/java/demo/owner/PetType.java"))
                .as("nor drags its copy in").doesNotExist();
    }

    private Path monolith(Map<String, String> sources) throws IOException {
        Path root = dir.resolve("demo");
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = root.resolve("src/main/java").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
        }
        Files.writeString(root.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId><version>3.5.7</version><relativePath/></parent>
                  <groupId>demo</groupId><artifactId>demo</artifactId><version>1</version>
                  <dependencies>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-security</artifactId></dependency>
                  </dependencies>
                </project>
                """);
        return root;
    }
}
