package dev.cleave.codegen.deploy;

import static dev.cleave.codegen.deploy.YamlTrees.at;
import static dev.cleave.codegen.deploy.YamlTrees.container;
import static dev.cleave.codegen.deploy.YamlTrees.document;
import static dev.cleave.codegen.deploy.YamlTrees.documents;
import static dev.cleave.codegen.deploy.YamlTrees.list;
import static dev.cleave.codegen.deploy.YamlTrees.map;
import static dev.cleave.codegen.deploy.YamlTrees.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DeployOptions#externalDatabase}: no database unit; the services, and the database set-up when there is one,
 * read their datasource from a Secret.
 */
class ExternalDatabaseTest {
    private static final DeployOptions EXTERNAL = DeployOptions.defaults().withExternalDatabase(true);
    private static final Map<String, String> FILES =
            DeployFiles.render(ShopUnits.SYSTEM, ShopUnits.withoutDatabase(), EXTERNAL);
    private static final Map<String, String> WITH_SETUP =
            DeployFiles.render(ShopUnits.SYSTEM, ShopUnits.withSetupForExternalDatabase(), EXTERNAL);
    private static final List<String> DATASOURCE =
            List.of("SPRING_DATASOURCE_PASSWORD", "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME");

    @Test
    void rejectsADatabaseUnit() {
        assertThatThrownBy(() -> DeployFiles.render("shop", ShopUnits.withDatabase(), EXTERNAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("external database")
                .hasMessageContaining("database");
    }

    @Test
    void rejectsAServiceThatSetsItsDatasourceItself() {
        List<DeployUnit> units = List.of(new DeployUnit("orders", "services/orders", 8081, ShopUnits.HEALTH,
                Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db/shop")));

        assertThatThrownBy(() -> DeployFiles.render("shop", units, EXTERNAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void theKustomizationListsTheServicesAndTheGatewayButNotTheSecretExample() {
        Map<String, Object> kustomization = document(FILES.get("deploy/k8s/kustomization.yaml"));

        assertThat(FILES).doesNotContainKey("deploy/k8s/database.yaml")
                .containsKey("deploy/k8s/database-secret.example.yaml");
        assertThat(kustomization.get("resources")).isEqualTo(List.of("catalog.yaml", "gateway.yaml", "orders.yaml"));
        assertThat(FILES.get("deploy/k8s/kustomization.yaml")).contains("database-secret.example.yaml");
        assertThat(map(list(kustomization.get("secretGenerator")).get(0))).containsEntry("name", "shop-rpc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "orders"})
    void everyServiceReadsItsDatasourceFromTheDatabaseSecret(String unit) {
        Map<String, Object> env = KubernetesManifestsTest.env(container(workload(manifest(unit))));

        for (String key : DATASOURCE) {
            assertThat(at(map(env.get(key)), "secretKeyRef")).as(key)
                    .containsEntry("name", "shop-database").containsEntry("key", key);
        }
    }

    @Test
    void theGatewayReadsNoDatabaseSecret() {
        Map<String, Object> env = KubernetesManifestsTest.env(container(workload(manifest("gateway"))));

        assertThat(env).doesNotContainKeys(DATASOURCE.toArray(String[]::new));
        assertThat(FILES.get("deploy/k8s/gateway.yaml")).doesNotContain("shop-database");
    }

    @Test
    void theExampleIsCommentedOutAndUncommentedIsTheSecretTheServicesRead() {
        String example = FILES.get("deploy/k8s/database-secret.example.yaml");
        assertThat(documents(example)).as("nothing to apply by mistake").isEmpty();

        String uncommented = example.lines().dropWhile(line -> !line.equals("#")).skip(1)
                .map(line -> line.substring(2)).collect(Collectors.joining("\n"));
        Map<String, Object> secret = document(uncommented);
        assertThat(secret).containsEntry("kind", "Secret").containsEntry("type", "Opaque");
        assertThat(at(secret, "metadata").get("name")).isEqualTo("shop-database");
        assertThat(at(secret, "stringData").keySet()).containsExactlyInAnyOrderElementsOf(DATASOURCE);
    }

    @Test
    void composeTakesTheDatasourceFromTheEnvironmentAndHasNoDatabase() {
        Map<String, Object> services = at(document(FILES.get("docker-compose.yml")), "services");

        assertThat(services).containsOnlyKeys("catalog", "gateway", "orders");
        assertThat(at(services, "orders", "environment").get("SPRING_DATASOURCE_URL"))
                .asString().startsWith("${SPRING_DATASOURCE_URL?");
        assertThat(at(services, "gateway", "environment")).doesNotContainKey("SPRING_DATASOURCE_URL");
        assertThat(document(FILES.get("docker-compose.yml"))).doesNotContainKey("volumes");
    }

    @Test
    void theSetupJobReadsItsDatasourceFromTheSecretTheServicesRead() {
        Map<String, Object> job = workload(documents(WITH_SETUP.get("deploy/k8s/database.yaml")));
        Map<String, Object> env = KubernetesManifestsTest.env(container(job));
        Map<String, Object> orders = KubernetesManifestsTest.env(
                container(workload(documents(WITH_SETUP.get("deploy/k8s/orders.yaml")))));

        assertThat(job).containsEntry("kind", "Job");
        assertThat(env).containsOnlyKeys(DATASOURCE);
        for (String key : DATASOURCE) {
            assertThat(at(map(env.get(key)), "secretKeyRef")).as(key)
                    .containsEntry("name", "shop-database").containsEntry("key", key);
            assertThat(env.get(key)).as(key).isEqualTo(orders.get(key));
        }
        assertThat(container(job)).doesNotContainKey("envFrom");
    }

    @Test
    void composeGivesTheSetupTheDatasourceFromTheEnvironmentLikeTheServices() {
        Map<String, Object> services = at(document(WITH_SETUP.get("docker-compose.yml")), "services");
        Map<String, Object> setup = at(services, "database", "environment");

        assertThat(setup).containsOnlyKeys(DATASOURCE);
        for (String key : DATASOURCE) {
            assertThat(setup.get(key)).as(key).isEqualTo("${" + key + "?set " + key + " for the external database}")
                    .isEqualTo(at(services, "orders", "environment").get(key));
        }
        assertThat(at(services, "database")).containsEntry("restart", "no").doesNotContainKeys("ports", "env_file");
        assertThat(at(services, "orders", "depends_on", "database"))
                .containsEntry("condition", "service_completed_successfully");
    }

    @Test
    void theSecretExampleAndTheKustomizationNameTheSetupAsAReader() {
        Map<String, Object> kustomization = document(WITH_SETUP.get("deploy/k8s/kustomization.yaml"));

        assertThat(WITH_SETUP.get("deploy/k8s/database-secret.example.yaml"))
                .startsWith("# Example of the Secret shop-database that every service and the database set-up Job"
                        + " read their\n# datasource from.\n");
        assertThat(WITH_SETUP.get("deploy/k8s/kustomization.yaml"))
                .contains("# The services and the database set-up read their datasource from the Secret\n"
                        + "# shop-database, which you create first:\n");
        assertThat(kustomization.get("resources"))
                .isEqualTo(List.of("database.yaml", "catalog.yaml", "gateway.yaml", "orders.yaml"));
    }

    @Test
    void rejectsASetupThatSetsItsDatasourceItself() {
        List<DeployUnit> units = List.of(ShopUnits.setup(Map.of("SPRING_DATASOURCE_PASSWORD", "secret")));

        assertThatThrownBy(() -> DeployFiles.render("shop", units, EXTERNAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("database set-up database sets [SPRING_DATASOURCE_PASSWORD], which the deploy files take"
                        + " from a Secret; leave them out of its environment");
    }

    @Test
    void aSetupAndAnExternalDatabaseGoTogetherUnlikeADatabaseUnit() {
        assertThat(WITH_SETUP).containsKeys("deploy/k8s/database.yaml", "deploy/k8s/database-secret.example.yaml");
        assertThat(documents(WITH_SETUP.get("deploy/k8s/database.yaml")))
                .noneMatch(d -> List.of("Service", "StatefulSet", "Deployment").contains(d.get("kind")));
    }

    private static List<Map<String, Object>> manifest(String unit) {
        return documents(FILES.get("deploy/k8s/" + unit + ".yaml"));
    }
}
