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

/** {@link DeployOptions#externalDatabase}: no database unit; the services read their datasource from a Secret. */
class ExternalDatabaseTest {
    private static final DeployOptions EXTERNAL = DeployOptions.defaults().withExternalDatabase(true);
    private static final Map<String, String> FILES =
            DeployFiles.render(ShopUnits.SYSTEM, ShopUnits.withoutDatabase(), EXTERNAL);
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

    private static List<Map<String, Object>> manifest(String unit) {
        return documents(FILES.get("deploy/k8s/" + unit + ".yaml"));
    }
}
