package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found on a real Spring Boot 2.7 application: the application class's {@code CommandLineRunner} seeds roles and users
 * at start. Every service runs the application class, so all of them seeded the one shared database (rows three
 * times), and a restarted service seeded it again and then failed on its own duplicates. The monolith ran it once per
 * start of its in-memory database. Start-up code that uses the database (runners, start-up event listeners) now runs
 * in one service, once per database; start-up code that does not use it runs everywhere as before. A listener class of
 * a start-up event ({@code implements ApplicationListener<ApplicationReadyEvent>}) is start-up code too: before, it
 * ran in every service that had it, each start.
 */
class StartupCodeOnceTest {
    private static final String PKG = "src/main/java/org/example/shop/";

    @TempDir
    static Path dir;
    private static Path out;
    private static GenerationResult result;

    @BeforeAll
    static void generate() throws IOException {
        Path root = dir.resolve("shop");
        write(root, "pom.xml", TinyMonoliths.bootPom("shop", "org.springframework.boot:spring-boot-starter-data-jpa",
                "org.springframework.boot:spring-boot-starter-web", "com.h2database:h2"));
        write(root, PKG + "ShopApplication.java", """
                package org.example.shop;
                import org.example.shop.customers.Customer;
                import org.example.shop.customers.CustomerService;
                import org.example.shop.orders.Order;
                import org.example.shop.orders.OrderRepository;
                import org.springframework.boot.CommandLineRunner;
                import org.springframework.context.annotation.Bean;
                @org.springframework.boot.autoconfigure.SpringBootApplication
                public class ShopApplication {
                    public static void main(String[] args) {
                        org.springframework.boot.SpringApplication.run(ShopApplication.class, args);
                    }
                    @Bean
                    CommandLineRunner seed(OrderRepository orders, CustomerService customers) {
                        return args -> {
                            Customer ann = customers.register(new Customer(null, "ann"));
                            orders.save(new Order(null, ann.getName()));
                        };
                    }
                    @Bean
                    CommandLineRunner banner() {
                        return args -> System.out.println("shop started");
                    }
                }
                """);
        write(root, PKG + "customers/Customer.java", """
                package org.example.shop.customers;
                @jakarta.persistence.Entity
                public class Customer {
                    @jakarta.persistence.Id @jakarta.persistence.GeneratedValue Long id;
                    String name;
                    protected Customer() { }
                    public Customer(Long id, String name) { this.id = id; this.name = name; }
                    public String getName() { return name; }
                }
                """);
        write(root, PKG + "customers/CustomerRepository.java", """
                package org.example.shop.customers;
                public interface CustomerRepository extends org.springframework.data.jpa.repository.JpaRepository<Customer, Long> { }
                """);
        write(root, PKG + "customers/CustomerService.java", """
                package org.example.shop.customers;
                public interface CustomerService { Customer register(Customer customer); }
                """);
        write(root, PKG + "customers/CustomerServiceImpl.java", """
                package org.example.shop.customers;
                @org.springframework.stereotype.Service
                public class CustomerServiceImpl implements CustomerService {
                    private final CustomerRepository customers;
                    public CustomerServiceImpl(CustomerRepository customers) { this.customers = customers; }
                    public Customer register(Customer customer) { return customers.save(customer); }
                }
                """);
        write(root, PKG + "customers/CustomerSeeder.java", """
                package org.example.shop.customers;
                import org.springframework.boot.context.event.ApplicationReadyEvent;
                import org.springframework.context.ApplicationListener;
                @org.springframework.stereotype.Component
                public class CustomerSeeder implements ApplicationListener<ApplicationReadyEvent> {
                    private final CustomerService customers;
                    public CustomerSeeder(CustomerService customers) { this.customers = customers; }
                    public void onApplicationEvent(ApplicationReadyEvent ready) { customers.register(new Customer(null, "ann")); }
                }
                """);
        write(root, PKG + "customers/Greeter.java", """
                package org.example.shop.customers;
                import org.springframework.boot.context.event.ApplicationReadyEvent;
                import org.springframework.context.ApplicationListener;
                @org.springframework.stereotype.Component
                public class Greeter implements ApplicationListener<ApplicationReadyEvent> {
                    public void onApplicationEvent(ApplicationReadyEvent ready) { System.out.println("hello"); }
                }
                """);
        write(root, PKG + "orders/Order.java", """
                package org.example.shop.orders;
                @jakarta.persistence.Entity(name = "orders")
                public class Order {
                    @jakarta.persistence.Id @jakarta.persistence.GeneratedValue Long id;
                    String customer;
                    protected Order() { }
                    public Order(Long id, String customer) { this.id = id; this.customer = customer; }
                }
                """);
        write(root, PKG + "orders/OrderRepository.java", """
                package org.example.shop.orders;
                public interface OrderRepository extends org.springframework.data.jpa.repository.JpaRepository<Order, Long> { }
                """);
        write(root, PKG + "orders/OrderController.java", """
                package org.example.shop.orders;
                @org.springframework.web.bind.annotation.RestController
                public class OrderController {
                    private final OrderRepository orders;
                    public OrderController(OrderRepository orders) { this.orders = orders; }
                    @org.springframework.web.bind.annotation.GetMapping("/orders")
                    public long count() { return orders.count(); }
                }
                """);
        write(root, PKG + "catalog/Product.java", """
                package org.example.shop.catalog;
                @jakarta.persistence.Entity
                public class Product { @jakarta.persistence.Id Long id; String name; }
                """);
        write(root, PKG + "catalog/ProductRepository.java", """
                package org.example.shop.catalog;
                public interface ProductRepository extends org.springframework.data.jpa.repository.JpaRepository<Product, Long> { }
                """);
        write(root, PKG + "catalog/CatalogLoader.java", """
                package org.example.shop.catalog;
                import org.springframework.boot.ApplicationArguments;
                import org.springframework.boot.ApplicationRunner;
                @org.springframework.stereotype.Component
                public class CatalogLoader implements ApplicationRunner {
                    private final ProductRepository products;
                    public CatalogLoader(ProductRepository products) { this.products = products; }
                    public void run(ApplicationArguments args) { products.save(new Product()); }
                }
                """);
        write(root, PKG + "catalog/PriceIndex.java", """
                package org.example.shop.catalog;
                import org.springframework.boot.context.event.ApplicationReadyEvent;
                import org.springframework.context.event.EventListener;
                import org.springframework.jdbc.core.JdbcTemplate;
                @org.springframework.stereotype.Component
                public class PriceIndex {
                    private final JdbcTemplate jdbc;
                    public PriceIndex(JdbcTemplate jdbc) { this.jdbc = jdbc; }
                    @EventListener(ApplicationReadyEvent.class)
                    public void build() { jdbc.execute("CREATE INDEX IF NOT EXISTS product_name ON product (name)"); }
                    @EventListener
                    public void log(ApplicationReadyEvent ready) { System.out.println("prices ready"); }
                }
                """);
        String c = "org.example.shop.customers.";
        String o = "org.example.shop.orders.";
        String p = "org.example.shop.catalog.";
        Plan plan = Plan.of(List.of(
                Service.of("orders", List.of(o + "Order", o + "OrderRepository", o + "OrderController")),
                Service.of("customers", List.of(c + "Customer", c + "CustomerRepository", c + "CustomerService",
                        c + "CustomerServiceImpl", c + "CustomerSeeder", c + "Greeter")),
                Service.of("catalog", List.of(p + "Product", p + "ProductRepository", p + "CatalogLoader",
                        p + "PriceIndex"))),
                List.of("org.example.shop.ShopApplication"));
        out = dir.resolve("out");
        result = Generator.generate(null, plan, GenerateOptions.of(root, out));
    }

    @Test
    void startUpCodeThatUsesTheDatabaseRunsInOneServiceOncePerDatabase() throws IOException {
        String once = "cleave.startup.once=org.example.shop.ShopApplication#seed@customers,"
                + "org.example.shop.catalog.CatalogLoader@catalog,org.example.shop.catalog.PriceIndex#build@catalog,"
                + "org.example.shop.customers.CustomerSeeder@customers\n";
        for (String service : List.of("orders", "customers", "catalog")) {
            assertThat(Files.readString(out.resolve("services/" + service + "/src/main/resources/application.properties")))
                    .as("every service knows where each runs, and skips the others").contains(once);
        }
        assertThat(out.resolve("shared/src/main/java/dev/cleave/runtime/StartupOnce.java")).isRegularFile();
        assertThat(Files.readString(out.resolve("shared/src/main/resources/META-INF/spring/"
                + "org.springframework.boot.autoconfigure.AutoConfiguration.imports")))
                .contains("dev.cleave.runtime.StartupOnce");
        assertThat(result.warnings()).contains("start-up code org.example.shop.ShopApplication#seed"
                + " (CommandLineRunner) uses the database: it runs once per database, in service 'customers' (which"
                + " owns most of what it uses), the first time that service starts on it (recorded in table"
                + " cleave_startup_runs); the other services skip it");
    }

    @Test
    void startUpCodeThatDoesNotUseTheDatabaseRunsEverywhereAsBefore() throws IOException {
        assertThat(Files.readString(out.resolve("services/orders/src/main/resources/application.properties")))
                .doesNotContain("ShopApplication#banner", "PriceIndex#log", "Greeter");
    }

    @Test
    void aMonolithWithoutSuchCodeGetsNoneOfIt() throws IOException {
        Path plain = dir.resolve("plain");
        Generator.generate(null, Plan.of(List.of(Service.of("names", List.of("demo.names.NameController",
                        "demo.names.NameService", "demo.names.Person"))), List.of("demo.DemoApplication")),
                GenerateOptions.of(Path.of("src/test/resources/golden/greetings-and-names/input"), plain));
        assertThat(plain.resolve("shared/src/main/java/dev/cleave/runtime/StartupOnce.java")).doesNotExist();
        assertThat(Files.readString(plain.resolve("services/names/src/main/resources/application.properties")))
                .doesNotContain("cleave.startup");
    }

    private static void write(Path root, String file, String text) throws IOException {
        TinyMonoliths.write(root, file, text);
    }
}
