package dev.cleave.codegen.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files: {@code deploy/golden/<case>/input.json} (options and units) sits beside {@code expected/}, which holds
 * every file {@link DeployFiles#render} must produce, byte for byte ({@code -Dcleave.golden.update} rewrites the
 * expected files; review the diff).
 */
class DeployFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"two-units", "system-with-database", "external-database"})
    void rendersExactlyTheExpectedFiles(String name) throws Exception {
        Path golden = golden(name);
        Input input = input(golden.resolve("input.json"));

        Map<String, String> rendered = DeployFiles.render(input.system(), input.units(), input.options());
        if (System.getProperty("cleave.golden.update") != null) {
            update(rendered, Path.of("src/test/resources/deploy/golden/" + name + "/expected"));
        }

        assertThat(rendered).isEqualTo(expected(golden.resolve("expected")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"two-units", "system-with-database", "external-database"})
    void outputDoesNotDependOnTheOrderOfUnitsOrEnvironment(String name) throws Exception {
        Input input = input(golden(name).resolve("input.json"));
        List<DeployUnit> reversed = new ArrayList<>(input.units());
        Collections.reverse(reversed);

        assertThat(DeployFiles.render(input.system(), reversed, input.options()))
                .isEqualTo(DeployFiles.render(input.system(), input.units(), input.options()));
    }

    @Test
    void composeWaitsForDependenciesStartedAndRestartsWithoutCurlHealthChecks() {
        DeployUnit database = new DeployUnit("database", "database", 8083, "/actuator/health", Map.of(),
                List.of(9092), List.of(), DeployUnit.Role.DATABASE);
        DeployUnit orders = new DeployUnit("orders", "services/orders", 8081, "/actuator/health",
                Map.of("CATALOG_URL", "http://catalog:8082"), List.of(), List.of("database"));
        DeployUnit catalog = new DeployUnit("catalog", "services/catalog", 8082, "/actuator/health",
                Map.of("ORDERS_URL", "http://orders:8081"), List.of(), List.of("database"));

        String compose = render(List.of(orders, catalog, database)).get("docker-compose.yml");

        assertThat(compose).doesNotContain("healthcheck", "curl", "service_healthy")
                .contains("      database:\n        condition: service_started\n")
                .contains("      - \"127.0.0.1:9092:9092\"\n")
                .contains("    restart: on-failure\n");
        assertThat(compose.split("condition: service_started", -1)).as("orders and catalog wait for the database only")
                .hasSize(3);
        assertThat(compose).as("the database waits for its volume to be given to the containers' user")
                .contains("      database-data-init:\n        condition: service_completed_successfully\n");
    }

    @Test
    void tcpPortsAreExposedByTheKubernetesServiceAndContainer() {
        DeployUnit database = new DeployUnit("database", "database", 8083, "/actuator/health", Map.of(),
                List.of(9092), List.of());

        String manifests = render(List.of(database)).get("deploy/k8s/database.yaml");

        assertThat(manifests).contains("""
                            - name: tcp-9092
                              containerPort: 9092
                              protocol: TCP
                """).contains("""
                    - name: tcp-9092
                      port: 9092
                      targetPort: tcp-9092
                      protocol: TCP
                """);
    }

    @Test
    void rejectsADependencyOnAnUnknownUnit() {
        List<DeployUnit> units = List.of(new DeployUnit("orders", "services/orders", 8081, "/actuator/health",
                Map.of(), List.of(), List.of("database")));

        assertThatThrownBy(() -> render(units))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orders depends on database");
    }

    @Test
    void rejectsADependencyCycle() {
        List<DeployUnit> units = List.of(
                new DeployUnit("orders", "services/orders", 8081, "/actuator/health", Map.of(), List.of(),
                        List.of("catalog")),
                new DeployUnit("catalog", "services/catalog", 8082, "/actuator/health", Map.of(), List.of(),
                        List.of("payments")),
                new DeployUnit("payments", "services/payments", 8083, "/actuator/health", Map.of(), List.of(),
                        List.of("orders")));

        assertThatThrownBy(() -> render(units))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cycle: catalog -> payments -> orders -> catalog");
    }

    @Test
    void rejectsATcpPortThatAnotherUnitUses() {
        List<DeployUnit> units = List.of(
                new DeployUnit("database", "database", 8083, "/actuator/health", Map.of(), List.of(8081), List.of()),
                unit("orders", 8081, Map.of()));

        assertThatThrownBy(() -> render(units))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("database and orders")
                .hasMessageContaining("8081");
    }

    @Test
    void anEnvironmentPortWinsOverTheUnitPort() {
        DeployUnit unit = unit("orders", 8081, Map.of("SERVER_PORT", "9000"));

        assertThat(render(List.of(unit)).get("docker-compose.yml"))
                .contains("SERVER_PORT: \"9000\"").doesNotContain("SERVER_PORT: \"8081\"");
    }

    @Test
    void rejectsTwoUnitsOnOnePort() {
        List<DeployUnit> units = List.of(unit("orders", 8081, Map.of()), unit("catalog", 8081, Map.of()));

        assertThatThrownBy(() -> render(units))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("catalog and orders")
                .hasMessageContaining("8081");
    }

    @Test
    void rejectsTwoUnitsWithOneName() {
        List<DeployUnit> units = List.of(unit("orders", 8081, Map.of()), unit("orders", 8082, Map.of()));

        assertThatThrownBy(() -> render(units))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orders");
    }

    @Test
    void aSetupSharesItsUnusedPortWithAServiceAndTheOrderOfUnitsDoesNotMatter() {
        List<DeployUnit> reversed = new ArrayList<>(ShopUnits.withSetup());
        Collections.reverse(reversed);

        assertThat(ShopUnits.setup(Map.of()).port()).isEqualTo(8081);
        assertThat(render(reversed)).isEqualTo(render(ShopUnits.withSetup()))
                .containsKeys("deploy/k8s/database.yaml", "deploy/k8s/orders.yaml");
    }

    @Test
    void rejectsTwoSetupUnits() {
        List<DeployUnit> units = List.of(ShopUnits.setup(Map.of()),
                new DeployUnit("schema", "schema", 8090, ShopUnits.HEALTH, Map.of(), List.of(), List.of(),
                        DeployUnit.Role.SETUP));

        assertThatThrownBy(() -> render(units))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("database set-up units [database, schema]: a system has at most one set-up unit (it sets"
                        + " up the monolith's one database)");
    }

    @Test
    void rejectsASetupBesideADatabaseUnitNamingBothAndTheFix() {
        List<DeployUnit> units = List.of(
                new DeployUnit("schema", "schema", 8090, ShopUnits.HEALTH, Map.of(), List.of(), List.of(),
                        DeployUnit.Role.SETUP),
                new DeployUnit("database", "database", 8083, ShopUnits.HEALTH, Map.of(), List.of(9092), List.of(),
                        DeployUnit.Role.DATABASE));

        assertThatThrownBy(() -> render(units))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database set-up unit schema and database unit database in one system")
                .hasMessageContaining("keep only the one that matches the monolith's datasource");
    }

    @Test
    void rejectsASetupWithTcpPorts() {
        List<DeployUnit> units = List.of(new DeployUnit("database", "database", 8083, ShopUnits.HEALTH, Map.of(),
                List.of(5432), List.of(), DeployUnit.Role.SETUP));

        assertThatThrownBy(() -> render(units))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("database set-up unit database lists TCP ports [5432], but it runs once, exits and serves"
                        + " nothing; leave its tcpPorts empty");
    }

    @Test
    void rejectsASetupThatDependsOnAnotherUnit() {
        List<DeployUnit> units = List.of(
                new DeployUnit("database", "database", 8083, ShopUnits.HEALTH, Map.of(), List.of(),
                        List.of("orders"), DeployUnit.Role.SETUP),
                unit("orders", 8081, Map.of()));

        assertThatThrownBy(() -> render(units))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database set-up unit database depends on [orders]")
                .hasMessageContaining("leave its dependsOn empty");
    }

    @Test
    void composeRunsTheSetupOnceAndTheServicesAfterItCompleted() {
        String compose = render(ShopUnits.withSetup()).get("docker-compose.yml");

        assertThat(compose).contains("""
                  database:
                    # built from database
                    # sets the database up once and exits: no port; a failure stops `docker compose up`, and
                    # running that again (or `docker compose run --rm database`) is the retry
                    image: "cleave/database:0.1.0"
                    user: "65532:65532"
                    read_only: true
                    tmpfs:
                      - /tmp
                    restart: "no"
                    environment:
                      SPRING_DATASOURCE_URL: "jdbc:postgresql://db.example.com:5432/shop"
                      SPRING_DATASOURCE_USERNAME: "shop"
                  gateway:
                """);
        assertThat(compose.split("      database:\n        condition: service_completed_successfully\n", -1))
                .as("catalog and orders wait for the set-up").hasSize(3);
        assertThat(compose).doesNotContain("data-init", "volumes:");
    }

    private static Map<String, String> render(List<DeployUnit> units) {
        return DeployFiles.render("shop", units, DeployOptions.defaults());
    }

    private static DeployUnit unit(String name, int port, Map<String, String> env) {
        return new DeployUnit(name, "services/" + name, port, "/actuator/health", env);
    }

    private record Input(String system, DeployOptions options, List<DeployUnit> units) {
    }

    private static Input input(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode o = root.get("options");
        List<String> flags = new ArrayList<>();
        o.get("jvmFlags").forEach(flag -> flags.add(flag.asText()));
        DeployOptions options = new DeployOptions(o.get("baseImage").asText(), o.get("imagePrefix").asText(),
                o.get("imageTag").asText(), flags, o.path("externalDatabase").asBoolean(false));
        List<DeployUnit> units = new ArrayList<>();
        for (JsonNode u : root.get("units")) {
            Map<String, String> env = new TreeMap<>();
            u.get("env").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
            List<Integer> tcpPorts = new ArrayList<>();
            u.path("tcpPorts").forEach(port -> tcpPorts.add(port.asInt()));
            List<String> dependsOn = new ArrayList<>();
            u.path("dependsOn").forEach(other -> dependsOn.add(other.asText()));
            units.add(new DeployUnit(u.get("name").asText(), u.get("artifactDir").asText(), u.get("port").asInt(),
                    u.get("healthPath").asText(), env, tcpPorts, dependsOn,
                    DeployUnit.Role.valueOf(u.path("role").asText("SERVICE"))));
        }
        return new Input(root.get("system").asText(), options, units);
    }

    private static void update(Map<String, String> files, Path dir) throws IOException {
        for (var file : files.entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
    }

    private static Map<String, String> expected(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    private static Path golden(String name) throws URISyntaxException {
        return Path.of(DeployFilesTest.class.getResource("/deploy/golden/" + name + "/input.json").toURI()).getParent();
    }
}
