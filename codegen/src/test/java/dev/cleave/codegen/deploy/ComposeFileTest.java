package dev.cleave.codegen.deploy;

import static dev.cleave.codegen.deploy.YamlTrees.at;
import static dev.cleave.codegen.deploy.YamlTrees.document;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The compose file of a system with its database: the same user, read-only root and secrets as in Kubernetes; and of a
 * system whose database set-up runs to completion before the services start.
 */
class ComposeFileTest {
    private static final Map<String, Object> COMPOSE = document(DeployFiles.render(ShopUnits.SYSTEM,
            ShopUnits.withDatabase(), DeployOptions.defaults()).get("docker-compose.yml"));
    private static final List<String> UNITS = List.of("catalog", "database", "gateway", "orders");
    private static final Map<String, Object> WITH_SETUP = document(DeployFiles.render(ShopUnits.SYSTEM,
            ShopUnits.withSetup(), DeployOptions.defaults()).get("docker-compose.yml"));

    @Test
    void everyUnitRunsAsTheNonRootUserOnAReadOnlyRootWithATmpfsAtTmp() {
        for (String unit : UNITS) {
            Map<String, Object> service = at(COMPOSE, "services", unit);
            assertThat(service).as(unit).containsEntry("user", "65532:65532").containsEntry("read_only", true)
                    .containsEntry("tmpfs", List.of("/tmp")).containsEntry("restart", "on-failure")
                    .doesNotContainKey("healthcheck");
        }
    }

    @Test
    void onlyTheGatewayIsPublishedOnEveryInterfaceTheRestOnLoopback() {
        assertThat(at(COMPOSE, "services", "gateway").get("ports")).isEqualTo(List.of("8080:8080"));
        assertThat(at(COMPOSE, "services", "database").get("ports"))
                .isEqualTo(List.of("127.0.0.1:8083:8083", "127.0.0.1:9092:9092"));
        assertThat(at(COMPOSE, "services", "orders").get("ports")).isEqualTo(List.of("127.0.0.1:8081:8081"));
    }

    @Test
    void onlyTheServicesReadTheRpcSecretFile() {
        for (String unit : UNITS) {
            Object envFile = at(COMPOSE, "services", unit).get("env_file");
            if (unit.equals("gateway") || unit.equals("database")) {
                assertThat(envFile).as(unit).isNull();
            } else {
                assertThat(envFile).as(unit).isEqualTo(List.of("deploy/k8s/rpc-secret.env"));
            }
        }
    }

    @Test
    void theDatabaseKeepsItsFilesInANamedVolumeGivenToTheUserBeforeItStarts() {
        Map<String, Object> database = at(COMPOSE, "services", "database");
        Map<String, Object> init = at(COMPOSE, "services", "database-data-init");

        assertThat(database.get("volumes")).isEqualTo(List.of("database-data:/data"));
        assertThat(at(database, "environment")).containsEntry("CLEAVE_DATABASE_DIR", "/data");
        assertThat(at(COMPOSE, "volumes")).containsOnlyKeys("database-data");
        assertThat(at(database, "depends_on", "database-data-init"))
                .containsEntry("condition", "service_completed_successfully");
        assertThat(init.get("volumes")).isEqualTo(List.of("database-data:/data"));
        assertThat(init.get("command")).isEqualTo(List.of("chown", "65532:65532", "/data"));
        assertThat(init).containsEntry("network_mode", "none").containsEntry("cap_add", List.of("CHOWN"));
    }

    @Test
    void theSetupRunsOnceHardenedWithoutPortsVolumeOrRpcSecret() {
        Map<String, Object> setup = at(WITH_SETUP, "services", "database");

        assertThat(setup).containsEntry("image", "cleave/database:0.1.0").containsEntry("user", "65532:65532")
                .containsEntry("read_only", true).containsEntry("tmpfs", List.of("/tmp"))
                .containsEntry("restart", "no")
                .doesNotContainKeys("ports", "volumes", "env_file", "depends_on", "healthcheck");
        assertThat(at(setup, "environment")).as("the monolith's datasource, and no SERVER_PORT: it serves nothing")
                .isEqualTo(Map.of(
                        "SPRING_DATASOURCE_URL", "jdbc:postgresql://db.example.com:5432/shop",
                        "SPRING_DATASOURCE_USERNAME", "shop"));
    }

    @Test
    void servicesStartOnlyAfterTheSetupCompletedSuccessfully() {
        for (String service : List.of("catalog", "orders")) {
            assertThat(at(WITH_SETUP, "services", service, "depends_on")).as(service).containsOnlyKeys("database");
            assertThat(at(WITH_SETUP, "services", service, "depends_on", "database")).as(service)
                    .isEqualTo(Map.of("condition", "service_completed_successfully"));
            assertThat(at(WITH_SETUP, "services", service)).as(service).containsEntry("restart", "on-failure");
        }
        assertThat(at(WITH_SETUP, "services", "gateway", "depends_on", "orders"))
                .containsEntry("condition", "service_started");
    }

    @Test
    void theSetupHasNoVolumeAndNoVolumeInit() {
        assertThat(at(WITH_SETUP, "services")).containsOnlyKeys("catalog", "database", "gateway", "orders");
        assertThat(WITH_SETUP).doesNotContainKey("volumes");
    }

    @Test
    void theSetupTakesThePortOfAServiceWithoutPublishingIt() {
        assertThat(at(WITH_SETUP, "services", "orders").get("ports")).isEqualTo(List.of("127.0.0.1:8081:8081"));
    }

    @Test
    void aSetupWithoutEnvironmentHasNoEnvironmentKey() {
        Map<String, Object> compose = document(DeployFiles.render(ShopUnits.SYSTEM,
                ShopUnits.withSetupForExternalDatabase(), DeployOptions.defaults()).get("docker-compose.yml"));

        assertThat(at(compose, "services", "database")).doesNotContainKey("environment")
                .containsEntry("restart", "no");
    }
}
