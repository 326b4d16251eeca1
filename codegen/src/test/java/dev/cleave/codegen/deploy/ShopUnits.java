package dev.cleave.codegen.deploy;

import dev.cleave.codegen.deploy.DeployUnit.Role;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small system as the generator makes it: a database (the shared H2 server, or the set-up of the monolith's own server
 * database), two services calling each other and a gateway.
 */
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

    /**
     * On the monolith's own PostgreSQL: the set-up unit {@code database} with the monolith's datasource, which the
     * services use too and wait for. Its port, 8081, is the one orders serves: a set-up serves nothing, so no clash.
     */
    static List<DeployUnit> withSetup() {
        Map<String, String> datasource = Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db.example.com:5432/shop",
                "SPRING_DATASOURCE_USERNAME", "shop");
        return List.of(
                setup(datasource),
                service("orders", 8081, "CLEAVE_PEERS_CATALOG", "http://catalog:8082", datasource),
                service("catalog", 8082, "CLEAVE_PEERS_ORDERS", "http://orders:8081", datasource),
                gateway());
    }

    /** For an external database: the set-up and the services name no datasource, and the services wait for the set-up. */
    static List<DeployUnit> withSetupForExternalDatabase() {
        return List.of(
                setup(Map.of()),
                service("orders", 8081, "CLEAVE_PEERS_CATALOG", "http://catalog:8082", Map.of()),
                service("catalog", 8082, "CLEAVE_PEERS_ORDERS", "http://orders:8081", Map.of()),
                gateway());
    }

    /** The database set-up as the generator makes it: {@code database}, no TCP ports, no dependencies. */
    static DeployUnit setup(Map<String, String> env) {
        return new DeployUnit("database", "database", 8081, HEALTH, env, List.of(), List.of(), Role.SETUP);
    }

    private static DeployUnit service(String name, int port, String peerVariable, String peer,
                                      Map<String, String> datasource) {
        Map<String, String> env = new TreeMap<>(datasource);
        env.put(peerVariable, peer);
        return new DeployUnit(name, "services/" + name, port, HEALTH, env, List.of(), List.of("database"),
                Role.SERVICE);
    }

    private static DeployUnit gateway() {
        return new DeployUnit("gateway", "gateway", 8080, HEALTH,
                Map.of("CLEAVE_PEERS_CATALOG", "http://catalog:8082", "CLEAVE_PEERS_ORDERS", "http://orders:8081"),
                List.of(), List.of("catalog", "orders"), Role.GATEWAY);
    }
}
