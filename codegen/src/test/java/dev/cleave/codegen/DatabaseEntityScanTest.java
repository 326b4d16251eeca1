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
 * The database module creates the schema of the monolith's entities by scanning for them. A monolith that bundles a
 * library of its own in another root package (a domain-driven sample ships its routing engine as
 * {@code com.pathfinder} beside its {@code se....} application) has no common root package: the scan must still name
 * the entities' package, since an empty one finds nothing in a packaged jar and the services met a database without
 * tables or sequences.
 */
class DatabaseEntityScanTest {
    @TempDir
    Path dir;

    @Test
    void theDatabaseModuleScansTheEntitiesPackageWhenTheMonolithHasNoCommonRoot() throws IOException {
        Path root = dir.resolve("demo");
        TinyMonoliths.write(root, "pom.xml", TinyMonoliths.bootPom("demo",
                "org.springframework.boot:spring-boot-starter-data-jpa", "org.springframework.boot:spring-boot-starter-web",
                "org.hsqldb:hsqldb"));
        TinyMonoliths.write(root, "src/main/java/org/shop/ShopApplication.java", """
                package org.shop;
                @org.springframework.boot.autoconfigure.SpringBootApplication
                public class ShopApplication {
                }
                """);
        TinyMonoliths.write(root, "src/main/java/com/routing/Router.java", """
                package com.routing;
                public class Router {
                    public String route(String from) { return from; }
                }
                """);
        TinyMonoliths.write(root, "src/main/java/org/shop/model/Item.java", """
                package org.shop.model;
                @jakarta.persistence.Entity
                public class Item {
                    @jakarta.persistence.Id @jakarta.persistence.GeneratedValue Long id;
                    String name;
                }
                """);
        TinyMonoliths.write(root, "src/main/java/org/shop/model/ItemRepository.java", """
                package org.shop.model;
                public interface ItemRepository extends org.springframework.data.repository.CrudRepository<Item, Long> {
                }
                """);
        Plan plan = Plan.of(List.of(Service.of("items", List.of("org.shop.model.Item", "org.shop.model.ItemRepository")),
                Service.of("routing", List.of("com.routing.Router"))), List.of("org.shop.ShopApplication"));
        Path out = dir.resolve("out");

        Generator.generate(null, plan, GenerateOptions.of(root, out));

        assertThat(Files.readString(out.resolve("database/src/main/java/dev/cleave/database/DatabaseApplication.java")))
                .contains("@EntityScan(\"org.shop.model\")");
    }
}
