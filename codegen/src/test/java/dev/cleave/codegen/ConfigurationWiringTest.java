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
 * Monoliths that wire their beans by hand in configuration classes (a central configuration builds the application
 * services with {@code new} in {@code @Bean} methods, as domain-driven samples and older Spring applications do)
 * rather than annotating each class.
 */
class ConfigurationWiringTest {
    @TempDir
    Path dir;

    @Test
    void aConfigurationTheApplicationImportsAndScansAnywayStaysInItsServiceAndLeavesTheImport() throws IOException {
        Path monolith = monolith(Map.of(
                "demo/DemoApplication.java", """
                        package demo;
                        import demo.config.WiringConfig;
                        import org.springframework.boot.autoconfigure.SpringBootApplication;
                        import org.springframework.context.annotation.Import;
                        import other.ClockConfig;

                        @Import({WiringConfig.class,
                                ClockConfig.class})
                        @SpringBootApplication
                        public class DemoApplication {
                        }
                        """,
                "other/ClockConfig.java", """
                        package other;
                        @org.springframework.context.annotation.Configuration
                        public class ClockConfig {
                            @org.springframework.context.annotation.Bean
                            java.time.Clock clock() { return java.time.Clock.systemUTC(); }
                        }
                        """,
                "demo/config/WiringConfig.java", """
                        package demo.config;
                        import demo.orders.OrderService;
                        @org.springframework.context.annotation.Configuration
                        public class WiringConfig {
                            @org.springframework.context.annotation.Bean
                            OrderService orderService() { return new OrderService(); }
                        }
                        """,
                "demo/orders/OrderService.java", """
                        package demo.orders;
                        public class OrderService {
                            public String name() { return "orders"; }
                        }
                        """,
                "demo/orders/OrderController.java", """
                        package demo.orders;
                        @org.springframework.web.bind.annotation.RestController
                        public class OrderController {
                            private final OrderService service;
                            public OrderController(OrderService service) { this.service = service; }
                            @org.springframework.web.bind.annotation.GetMapping("/orders")
                            public String orders() { return service.name(); }
                        }
                        """));
        Plan plan = Plan.of(List.of(
                Service.of("orders", List.of("demo.orders.OrderService", "demo.orders.OrderController")),
                Service.of("other", List.of())), List.of("demo.DemoApplication", "demo.config.WiringConfig"));
        Path out = dir.resolve("out");

        Generator.generate(null, plan, GenerateOptions.of(monolith, out));

        String application = Files.readString(out.resolve("shared/src/main/java/demo/DemoApplication.java"));
        assertThat(application).contains("ClockConfig.class").contains("import other.ClockConfig;")
                .doesNotContain("WiringConfig");
        assertThat(out.resolve("shared/src/main/java/other/ClockConfig.java")).isRegularFile();
        assertThat(out.resolve("services/orders/src/main/java/demo/config/WiringConfig.java")).isRegularFile();
        assertThat(out.resolve("shared/src/main/java/demo/config/WiringConfig.java")).doesNotExist();
    }

    @Test
    void aBeanMethodBuildingAnotherServicesControllerIsLeftOutWhereOnlyItsClientIs() throws IOException {
        Path monolith = monolith(Map.of(
                "demo/DemoApplication.java", """
                        package demo;
                        @org.springframework.boot.autoconfigure.SpringBootApplication
                        public class DemoApplication {
                        }
                        """,
                "demo/config/WebConfig.java", """
                        package demo.config;
                        import demo.orders.OrderService;
                        import demo.tracking.TrackingRestService;
                        import org.springframework.context.annotation.Bean;
                        @org.springframework.context.annotation.Configuration
                        public class WebConfig {
                            @Bean
                            public TrackingRestService trackingRestService() {
                                return new TrackingRestService("tracking");
                            }

                            @Bean
                            public OrderService orderService(TrackingRestService tracking) {
                                return new OrderService(tracking);
                            }
                        }
                        """,
                "demo/orders/OrderService.java", """
                        package demo.orders;
                        public class OrderService {
                            private final demo.tracking.TrackingRestService tracking;
                            public OrderService(demo.tracking.TrackingRestService tracking) { this.tracking = tracking; }
                            public String name() { return tracking.track("1"); }
                        }
                        """,
                "demo/tracking/TrackingRestService.java", """
                        package demo.tracking;
                        @org.springframework.web.bind.annotation.RestController
                        public class TrackingRestService {
                            private final String prefix;
                            public TrackingRestService(String prefix) { this.prefix = prefix; }
                            @org.springframework.web.bind.annotation.GetMapping("/track/{id}")
                            public String track(@org.springframework.web.bind.annotation.PathVariable("id") String id) {
                                return prefix + id;
                            }
                        }
                        """));
        Plan plan = Plan.of(List.of(
                Service.of("orders", List.of("demo.orders.OrderService", "demo.config.WebConfig")),
                Service.of("tracking", List.of("demo.tracking.TrackingRestService"))), List.of("demo.DemoApplication"));
        Path out = dir.resolve("out");

        Generator.generate(null, plan, GenerateOptions.of(monolith, out));

        String config = Files.readString(out.resolve("services/orders/src/main/java/demo/config/WebConfig.java"));
        assertThat(config).doesNotContain("new TrackingRestService").doesNotContain("trackingRestService()")
                .contains("public OrderService orderService(TrackingRestService tracking)");
        assertThat(Files.readString(out.resolve("services/orders/src/main/java/demo/tracking/TrackingRestService.java")))
                .contains("Generated by Cleave").contains("@Component");
        assertThat(Files.readString(out.resolve("services/tracking/src/main/java/demo/tracking/TrackingRestService.java")))
                .contains("public TrackingRestService(String prefix)");
    }

    @Test
    void aConfigurationThatMakesABeanAnotherServiceInjectsIsCopiedThereAndItsSeedingBeanRunsInOneService()
            throws IOException {
        Path monolith = monolith(Map.of(
                "demo/DemoApplication.java", """
                        package demo;
                        @org.springframework.boot.autoconfigure.SpringBootApplication
                        public class DemoApplication {
                        }
                        """,
                "demo/config/WiringConfig.java", """
                        package demo.config;
                        import demo.orders.OrderRepository;
                        import demo.orders.OrderService;
                        import demo.orders.SampleOrders;
                        import org.springframework.context.annotation.Bean;
                        @org.springframework.context.annotation.Configuration
                        public class WiringConfig {
                            @Bean
                            public OrderService orderService(OrderRepository orders) { return new OrderService(orders); }

                            @Bean
                            public SampleOrders sampleOrders(OrderRepository orders) { return new SampleOrders(orders); }
                        }
                        """,
                "demo/orders/Order.java", """
                        package demo.orders;
                        @jakarta.persistence.Entity(name = "orders")
                        public class Order {
                            @jakarta.persistence.Id @jakarta.persistence.GeneratedValue public Long id;
                            public String name;
                        }
                        """,
                "demo/orders/OrderRepository.java", """
                        package demo.orders;
                        public interface OrderRepository extends org.springframework.data.repository.CrudRepository<Order, Long> {
                        }
                        """,
                "demo/orders/OrderService.java", """
                        package demo.orders;
                        public class OrderService {
                            private final OrderRepository orders;
                            public OrderService(OrderRepository orders) { this.orders = orders; }
                            public long count() { return orders.count(); }
                        }
                        """,
                "demo/orders/SampleOrders.java", """
                        package demo.orders;
                        public class SampleOrders {
                            private final OrderRepository orders;
                            public SampleOrders(OrderRepository orders) { this.orders = orders; }
                            @jakarta.annotation.PostConstruct
                            void generate() { Order o = new Order(); o.name = "first"; orders.save(o); }
                        }
                        """,
                "demo/web/CountController.java", """
                        package demo.web;
                        @org.springframework.web.bind.annotation.RestController
                        public class CountController {
                            private final demo.orders.OrderService service;
                            public CountController(demo.orders.OrderService service) { this.service = service; }
                            @org.springframework.web.bind.annotation.GetMapping("/count")
                            public long count() { return service.count(); }
                        }
                        """), "org.springframework.boot:spring-boot-starter-data-jpa", "org.hsqldb:hsqldb");
        Plan plan = Plan.of(List.of(
                Service.of("orders", List.of("demo.orders.Order", "demo.orders.OrderRepository",
                        "demo.orders.OrderService", "demo.orders.SampleOrders", "demo.config.WiringConfig")),
                Service.of("web", List.of("demo.web.CountController"))), List.of("demo.DemoApplication"));
        Path out = dir.resolve("out");

        Generator.generate(null, plan, GenerateOptions.of(monolith, out));

        // the service whose controller injects the bean gets the configuration that makes it, not a missing bean
        assertThat(out.resolve("services/web/src/main/java/demo/config/WiringConfig.java")).isRegularFile();
        assertThat(out.resolve("services/web/src/main/java/demo/orders/OrderService.java")).isRegularFile();
        // the bean whose @PostConstruct writes the database is made in one service only, once per database
        for (String service : List.of("orders", "web")) {
            assertThat(Files.readString(out.resolve("services/" + service + "/src/main/resources/application.properties")))
                    .as(service).contains("cleave.startup.once=demo.config.WiringConfig#sampleOrders@orders");
        }
        assertThat(Files.readString(out.resolve("README.md"))).contains("start-up code demo.config.WiringConfig"
                + "#sampleOrders (@PostConstruct) uses the database: it runs once per database, in service 'orders'")
                .contains("each time that service makes the bean");
    }

    private Path monolith(Map<String, String> sources) throws IOException {
        return monolith(sources, "org.springframework.boot:spring-boot-starter-web");
    }

    private Path monolith(Map<String, String> sources, String... dependencies) throws IOException {
        Path root = dir.resolve("demo");
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = root.resolve("src/main/java").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
        }
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of(
                "org.springframework.boot:spring-boot-starter-web"), java.util.Arrays.stream(dependencies)).distinct()
                .toArray(String[]::new);
        Files.writeString(root.resolve("pom.xml"), TinyMonoliths.bootPom("demo", all));
        return root;
    }
}
