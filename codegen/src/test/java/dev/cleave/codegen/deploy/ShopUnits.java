package dev.cleave.codegen.deploy;

import dev.cleave.codegen.deploy.DeployUnit.Role;
import java.util.List;
import java.util.Map;

/** A small system as the generator makes it: a database, two services calling each other and a gateway. */
final class ShopUnits {
    static final String SYSTEM = "shop";
    static final String HEALTH = "/actuator/health";

    private ShopUnits() {
    }

    /** With the shared database deployed beside the services. */
    static List<DeployUnit> withDatabase() {
        String url = "jdbc:h2:tcp://database:9092/shop";
        return List.of(
                new DeployUnit("database", "database", 8083, HEALTH, Map.of("CLEAVE_DATABASE_TCP_PORT", "9092"),
                        List.of(9092), List.of(), Role.DATABASE),
                new DeployUnit("orders", "services/orders", 8081, HEALTH,
                        Map.of("CLEAVE_PEERS_CATALOG", "http://catalog:8082", "SPRING_DATASOURCE_URL", url),
                        List.of(), List.of("database"), Role.SERVICE),
                new DeployUnit("catalog", "services/catalog", 8082, HEALTH,
                        Map.of("CLEAVE_PEERS_ORDERS", "http://orders:8081", "SPRING_DATASOURCE_URL", url),
                        List.of(), List.of("database"), Role.SERVICE),
                gateway());
    }

    /** For an external database: no database unit, and the services name no datasource. */
    static List<DeployUnit> withoutDatabase() {
        return List.of(
                new DeployUnit("orders", "services/orders", 8081, HEALTH,
                        Map.of("CLEAVE_PEERS_CATALOG", "http://catalog:8082"), List.of(), List.of(), Role.SERVICE),
                new DeployUnit("catalog", "services/catalog", 8082, HEALTH,
                        Map.of("CLEAVE_PEERS_ORDERS", "http://orders:8081"), List.of(), List.of(), Role.SERVICE),
                gateway());
    }

    private static DeployUnit gateway() {
        return new DeployUnit("gateway", "gateway", 8080, HEALTH,
                Map.of("CLEAVE_PEERS_CATALOG", "http://catalog:8082", "CLEAVE_PEERS_ORDERS", "http://orders:8081"),
                List.of(), List.of("catalog", "orders"), Role.GATEWAY);
    }
}
