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
 * A port and its adapter in two services: the interface {@code orders.Pricing} sits with the controller that injects
 * it, its one implementation {@code pricing.TablePricing} in another service (ports and adapters, or an interface the
 * caller's package declares). The dependency points from the adapter to the port, so before, the orders service had
 * the interface and no bean behind it (it did not start), and the pricing service got a client class standing in for
 * the interface its own class implements (it did not compile). Checked by hand on the generated system: built,
 * booted, and {@code GET /quote/abc} answered 600 through the gateway as the monolith does.
 */
class PortInterfacesTest {
    private static final String PKG = "src/main/java/org/example/shop/";

    @TempDir
    static Path dir;
    private static Path root;
    private static Path out;

    @BeforeAll
    static void generate() throws IOException {
        root = dir.resolve("shop");
        TinyMonoliths.write(root, "pom.xml", TinyMonoliths.bootPom("shop",
                "org.springframework.boot:spring-boot-starter-web"));
        TinyMonoliths.write(root, PKG + "ShopApplication.java", """
                package org.example.shop;
                @org.springframework.boot.autoconfigure.SpringBootApplication
                public class ShopApplication {
                    public static void main(String[] args) {
                        org.springframework.boot.SpringApplication.run(ShopApplication.class, args);
                    }
                }
                """);
        TinyMonoliths.write(root, PKG + "orders/Pricing.java", """
                package org.example.shop.orders;
                public interface Pricing { long price(String item, int quantity); }
                """);
        TinyMonoliths.write(root, PKG + "orders/OrderController.java", """
                package org.example.shop.orders;
                @org.springframework.web.bind.annotation.RestController
                public class OrderController {
                    private final Pricing pricing;
                    public OrderController(Pricing pricing) { this.pricing = pricing; }
                    @org.springframework.web.bind.annotation.GetMapping("/quote/{item}")
                    public long quote(@org.springframework.web.bind.annotation.PathVariable String item) {
                        return pricing.price(item, 2);
                    }
                }
                """);
        TinyMonoliths.write(root, PKG + "pricing/TablePricing.java", """
                package org.example.shop.pricing;
                @org.springframework.stereotype.Service
                public class TablePricing implements org.example.shop.orders.Pricing {
                    public long price(String item, int quantity) { return item.length() * 100L * quantity; }
                }
                """);
        TinyMonoliths.write(root, PKG + "pricing/PriceController.java", """
                package org.example.shop.pricing;
                @org.springframework.web.bind.annotation.RestController
                public class PriceController {
                    private final TablePricing pricing;
                    public PriceController(TablePricing pricing) { this.pricing = pricing; }
                    @org.springframework.web.bind.annotation.GetMapping("/price/{item}")
                    public long price(@org.springframework.web.bind.annotation.PathVariable String item) {
                        return pricing.price(item, 1);
                    }
                }
                """);
        Plan plan = Plan.of(List.of(
                Service.of("orders", List.of("org.example.shop.orders.Pricing",
                        "org.example.shop.orders.OrderController")),
                Service.of("pricing", List.of("org.example.shop.pricing.TablePricing",
                        "org.example.shop.pricing.PriceController"))),
                List.of("org.example.shop.ShopApplication"));
        out = dir.resolve("out");
        Generator.generate(null, plan, GenerateOptions.of(root, out));
    }

    @Test
    void theServiceWithThePortGetsAClientOfTheAdaptersService() throws IOException {
        Path orders = out.resolve("services/orders/src/main/java/org/example/shop/orders");
        assertThat(orders.resolve("Pricing.java")).hasSameTextualContentAs(root.resolve(PKG + "orders/Pricing.java"));
        assertThat(Files.readString(orders.resolve("PricingCleaveClient.java"))).contains(
                "@Component(\"tablePricing\")",
                "public class PricingCleaveClient implements org.example.shop.orders.Pricing {",
                "private static final String SERVICE = \"pricing\";",
                "public long price(java.lang.String item, int quantity) {");
        assertThat(out.resolve("services/orders/src/main/java/org/example/shop/pricing")).doesNotExist();
        assertThat(Files.readString(out.resolve("services/orders/README.md")))
                .contains("- `org.example.shop.orders.Pricing` in service `pricing`: `price`");
    }

    @Test
    void theAdaptersServiceHasThePortAsItIsAndServesIt() throws IOException {
        Path pricing = out.resolve("services/pricing/src/main/java/org/example/shop/orders");
        assertThat(pricing.resolve("Pricing.java")).as("a type its class implements: a copy, not a client")
                .hasSameTextualContentAs(root.resolve(PKG + "orders/Pricing.java"));
        assertThat(Files.readString(pricing.resolve("PricingCleaveFacade.java")))
                .contains("org.example.shop.orders.Pricing", "price(");
        assertThat(Files.readString(out.resolve("services/pricing/README.md")))
                .contains("## Calls\n\nNo other service.", "- `org.example.shop.orders.Pricing#price(java.lang.String,int)`");
    }
}
