package dev.cleave.codegen.deploy;

import static dev.cleave.codegen.deploy.YamlTrees.at;
import static dev.cleave.codegen.deploy.YamlTrees.container;
import static dev.cleave.codegen.deploy.YamlTrees.document;
import static dev.cleave.codegen.deploy.YamlTrees.documents;
import static dev.cleave.codegen.deploy.YamlTrees.list;
import static dev.cleave.codegen.deploy.YamlTrees.map;
import static dev.cleave.codegen.deploy.YamlTrees.ofKind;
import static dev.cleave.codegen.deploy.YamlTrees.podSpec;
import static dev.cleave.codegen.deploy.YamlTrees.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kubernetes manifests of a system with its database, read as YAML: what a platform engineer checks before
 * accepting them (versioned images, separate probes, non-root read-only containers, resources, the database as a
 * StatefulSet with a volume, the RPC secret for the services only); and the database set-up as a Job.
 */
class KubernetesManifestsTest {
    private static final Map<String, String> FILES =
            DeployFiles.render(ShopUnits.SYSTEM, ShopUnits.withDatabase(), DeployOptions.defaults());
    private static final Map<String, String> WITH_SETUP =
            DeployFiles.render(ShopUnits.SYSTEM, ShopUnits.withSetup(), DeployOptions.defaults());
    private static final String WAIT = "kubectl wait --for=condition=complete --timeout=10m job/database";
    private static final List<String> UNITS = List.of("catalog", "database", "gateway", "orders");

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "database", "gateway", "orders"})
    void livenessAndReadinessProbeSpringBootsSeparateHealthGroups(String unit) {
        Map<String, Object> container = container(workload(manifest(unit)));

        assertThat(at(container, "livenessProbe", "httpGet").get("path")).isEqualTo("/actuator/health/liveness");
        assertThat(at(container, "readinessProbe", "httpGet").get("path")).isEqualTo("/actuator/health/readiness");
        assertThat(at(container, "startupProbe", "httpGet").get("path")).isEqualTo("/actuator/health/liveness");
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "database", "gateway", "orders"})
    void theStartupProbeGivesAJvmAtLeastThreeMinutesBeforeLivenessTakesOver(String unit) {
        Map<String, Object> startup = at(container(workload(manifest(unit))), "startupProbe");

        assertThat((int) startup.get("failureThreshold") * (int) startup.get("periodSeconds")).isGreaterThanOrEqualTo(180);
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "database", "gateway", "orders"})
    void everyContainerRunsAsTheNonRootUserOnAReadOnlyRootWithoutPrivileges(String unit) {
        Map<String, Object> security = at(container(workload(manifest(unit))), "securityContext");

        assertThat(security).containsEntry("runAsNonRoot", true)
                .containsEntry("runAsUser", DeployOptions.CONTAINER_USER_ID)
                .containsEntry("runAsGroup", DeployOptions.CONTAINER_USER_ID)
                .containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("allowPrivilegeEscalation", false);
        assertThat(at(security, "capabilities").get("drop")).isEqualTo(List.of("ALL"));
        assertThat(at(security, "seccompProfile").get("type")).isEqualTo("RuntimeDefault");
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "database", "gateway", "orders"})
    void tmpIsAWritableEmptyDir(String unit) {
        Map<String, Object> workload = workload(manifest(unit));

        String volume = mountAt(container(workload), "/tmp");
        Map<String, Object> tmp = volumes(podSpec(workload)).get(volume);
        assertThat(tmp).as("volume %s", volume).containsKey("emptyDir");
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "database", "gateway", "orders"})
    void everyContainerHasCpuAndMemoryRequestsAndAMemoryLimitAboveThem(String unit) {
        Map<String, Object> resources = at(container(workload(manifest(unit))), "resources");

        assertThat(at(resources, "requests")).containsKeys("cpu", "memory");
        assertThat(at(resources, "limits")).containsKey("memory");
        assertThat(mebibytes(at(resources, "limits").get("memory")))
                .isGreaterThanOrEqualTo(mebibytes(at(resources, "requests").get("memory")));
        assertThat(DeployOptions.defaults().jvmFlags()).as("the heap follows the memory limit")
                .contains("-XX:MaxRAMPercentage=75.0");
    }

    @Test
    void theDatabaseIsAStatefulSetWithAVolumeAtItsDataDirectoryAndAHeadlessService() {
        List<Map<String, Object>> database = manifest("database");
        Map<String, Object> statefulSet = ofKind(database, "StatefulSet");
        Map<String, Object> service = ofKind(database, "Service");
        Map<String, Object> container = container(statefulSet);

        assertThat(database).noneMatch(d -> "Deployment".equals(d.get("kind")));
        assertThat(at(statefulSet, "spec").get("serviceName")).isEqualTo(at(service, "metadata").get("name"));
        assertThat(at(statefulSet, "spec").get("replicas")).isEqualTo(1);
        assertThat(at(service, "spec").get("clusterIP")).isEqualTo("None");
        Map<String, Object> claim = map(list(at(statefulSet, "spec").get("volumeClaimTemplates")).get(0));
        assertThat(mountAt(container, "/data")).isEqualTo(at(claim, "metadata").get("name"));
        assertThat(at(claim, "spec", "resources", "requests")).containsKey("storage");
        assertThat(env(container)).containsEntry("CLEAVE_DATABASE_DIR", "/data");
        assertThat(at(podSpec(statefulSet), "securityContext"))
                .containsEntry("fsGroup", DeployOptions.CONTAINER_USER_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "gateway", "orders"})
    void servicesAndTheGatewayAreDeployments(String unit) {
        assertThat(workload(manifest(unit)).get("kind")).isEqualTo("Deployment");
    }

    @Test
    void everyServiceReadsTheRpcSecretAndNeitherTheGatewayNorTheDatabaseDoes() {
        for (String unit : UNITS) {
            Map<String, Object> container = container(workload(manifest(unit)));
            List<String> secrets = new ArrayList<>();
            if (container.containsKey("envFrom")) {
                list(container.get("envFrom")).forEach(e -> secrets.add((String) at(map(e), "secretRef").get("name")));
            }
            if (unit.equals("gateway") || unit.equals("database")) {
                assertThat(secrets).as(unit).isEmpty();
            } else {
                assertThat(secrets).as(unit).containsExactly("shop-rpc");
            }
            assertThat(env(container)).as(unit).doesNotContainKey("CLEAVE_RPC_SECRET");
        }
    }

    @Test
    void theKustomizationGeneratesTheRpcSecretFromTheEnvFileAndListsEveryManifestButNotTheEnvFile() {
        Map<String, Object> kustomization = document(FILES.get("deploy/k8s/kustomization.yaml"));

        assertThat(kustomization.get("resources"))
                .isEqualTo(List.of("catalog.yaml", "database.yaml", "gateway.yaml", "orders.yaml"));
        Map<String, Object> generator = map(list(kustomization.get("secretGenerator")).get(0));
        assertThat(generator).containsEntry("name", "shop-rpc").containsEntry("envs", List.of("rpc-secret.env"));
        assertThat(FILES).doesNotContainKey(DeployFiles.RPC_SECRET_FILE)
                .doesNotContainKey("deploy/k8s/database-secret.example.yaml");
        assertThat(DeployFiles.RPC_SECRET_FILE).isEqualTo("deploy/k8s/rpc-secret.env");
    }

    @Test
    void imagesCarryTheProjectsVersionNeverLatestTheSameInJibManifestsAndCompose() {
        DeployOptions options = DeployOptions.defaults();
        Map<String, Object> compose = at(document(FILES.get("docker-compose.yml")), "services");
        for (DeployUnit unit : ShopUnits.withDatabase()) {
            String image = (String) container(workload(manifest(unit.name()))).get("image");
            assertThat(image).as(unit.name()).isEqualTo("cleave/" + unit.name() + ":0.1.0").doesNotEndWith(":latest");
            assertThat(at(compose, unit.name()).get("image")).as(unit.name()).isEqualTo(image);
            assertThat(JibConfig.pluginXml(unit, options)).as(unit.name()).contains("<image>" + image + "</image>");
        }
    }

    @Test
    void objectsAreLabelledWithTheSystem() {
        for (String unit : UNITS) {
            manifest(unit).forEach(d -> assertThat(at(d, "metadata", "labels"))
                    .containsEntry("app.kubernetes.io/part-of", "shop").containsEntry("app.kubernetes.io/name", unit));
        }
    }

    @Test
    void rejectsAServiceThatSetsTheRpcSecretItself() {
        List<DeployUnit> units = List.of(new DeployUnit("orders", "services/orders", 8081, ShopUnits.HEALTH,
                Map.of("CLEAVE_RPC_SECRET", "0123")));

        assertThatThrownBy(() -> DeployFiles.render("shop", units, DeployOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CLEAVE_RPC_SECRET");
    }

    @Test
    void rejectsTwoDatabaseUnits() {
        List<DeployUnit> units = List.of(
                new DeployUnit("one", "one", 8081, ShopUnits.HEALTH, Map.of()).withRole(DeployUnit.Role.DATABASE),
                new DeployUnit("two", "two", 8082, ShopUnits.HEALTH, Map.of()).withRole(DeployUnit.Role.DATABASE));

        assertThatThrownBy(() -> DeployFiles.render("shop", units, DeployOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most one database");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Shop", "shop_", "-shop", "shop-", "", "a-system-name-that-is-much-too-long-for-a-secret-name-x"})
    void rejectsSystemNamesThatAreNoDnsLabel(String system) {
        assertThatThrownBy(() -> DeployFiles.render(system, ShopUnits.withDatabase(), DeployOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("system name");
    }

    @Test
    void makesASystemNameOfAProjectName() {
        assertThat(DeployFiles.systemName("Spring_Shop")).isEqualTo("spring-shop");
        assertThat(DeployFiles.systemName("greetings-and-names")).isEqualTo("greetings-and-names");
        assertThat(DeployFiles.systemName("__")).isEqualTo("cleave");
        assertThat(DeployFiles.systemName("x".repeat(80))).hasSize(54);
    }

    @Test
    void theSetupIsOneBatchJobAndNoService() {
        List<Map<String, Object>> setup = documents(WITH_SETUP.get("deploy/k8s/database.yaml"));

        assertThat(setup).hasSize(1);
        Map<String, Object> job = setup.get(0);
        assertThat(job).containsEntry("apiVersion", "batch/v1").containsEntry("kind", "Job");
        assertThat(at(job, "metadata")).containsEntry("name", "database");
        assertThat(at(job, "metadata", "labels")).containsEntry("app.kubernetes.io/part-of", "shop")
                .containsEntry("app.kubernetes.io/name", "database");
    }

    @Test
    void theSetupJobRunsOnePodRetriedSixTimesAndKeepsItsLogs() {
        Map<String, Object> job = workload(documents(WITH_SETUP.get("deploy/k8s/database.yaml")));

        assertThat(at(job, "spec")).containsEntry("backoffLimit", 6).containsEntry("parallelism", 1)
                .containsEntry("completions", 1)
                .doesNotContainKeys("ttlSecondsAfterFinished", "selector", "replicas");
        assertThat(podSpec(job)).containsEntry("restartPolicy", "OnFailure")
                .containsEntry("automountServiceAccountToken", false).containsEntry("enableServiceLinks", false)
                .doesNotContainKey("securityContext");
    }

    @Test
    void theSetupContainerServesNothingAndHasNoProbes() {
        Map<String, Object> container = container(workload(documents(WITH_SETUP.get("deploy/k8s/database.yaml"))));

        assertThat(container).containsEntry("image", "cleave/database:0.1.0")
                .doesNotContainKeys("ports", "startupProbe", "livenessProbe", "readinessProbe", "envFrom");
        assertThat(env(container)).as("the monolith's datasource, no SERVER_PORT")
                .isEqualTo(Map.of(
                        "SPRING_DATASOURCE_URL", "jdbc:postgresql://db.example.com:5432/shop",
                        "SPRING_DATASOURCE_USERNAME", "shop"));
    }

    @Test
    void theSetupContainerHasTheHardeningAndResourcesOfTheServices() {
        Map<String, Object> job = workload(documents(WITH_SETUP.get("deploy/k8s/database.yaml")));
        Map<String, Object> orders = container(workload(documents(WITH_SETUP.get("deploy/k8s/orders.yaml"))));

        assertThat(at(container(job), "securityContext")).isEqualTo(at(orders, "securityContext"))
                .containsEntry("runAsUser", DeployOptions.CONTAINER_USER_ID)
                .containsEntry("readOnlyRootFilesystem", true);
        assertThat(at(container(job), "resources")).isEqualTo(at(orders, "resources"));
        assertThat(at(container(job), "resources", "limits")).containsEntry("memory", "768Mi");
        assertThat(volumes(podSpec(job)).get(mountAt(container(job), "/tmp"))).containsKey("emptyDir");
    }

    @Test
    void theServicesOfASystemWithASetupStayDeploymentsWithTheRpcSecretAndProbes() {
        Map<String, Object> orders = container(workload(documents(WITH_SETUP.get("deploy/k8s/orders.yaml"))));

        assertThat(workload(documents(WITH_SETUP.get("deploy/k8s/orders.yaml"))).get("kind")).isEqualTo("Deployment");
        assertThat(at(map(list(orders.get("envFrom")).get(0)), "secretRef")).containsEntry("name", "shop-rpc");
        assertThat(at(orders, "readinessProbe", "httpGet")).containsEntry("path", "/actuator/health/readiness");
    }

    @Test
    void theKustomizationListsTheSetupJobFirstAndSaysToWaitForIt() {
        String text = WITH_SETUP.get("deploy/k8s/kustomization.yaml");
        Map<String, Object> kustomization = document(text);

        assertThat(kustomization.get("resources"))
                .isEqualTo(List.of("database.yaml", "catalog.yaml", "gateway.yaml", "orders.yaml"));
        assertThat(map(list(kustomization.get("secretGenerator")).get(0))).containsEntry("name", "shop-rpc");
        assertThat(text).contains("#   kubectl apply -f deploy/k8s/database.yaml\n  #   " + WAIT + "\n"
                + "  #   kubectl apply -k deploy/k8s\n");
        assertThat(WITH_SETUP.get("deploy/k8s/database.yaml")).contains("#   " + WAIT + "\n");
    }

    private static List<Map<String, Object>> manifest(String unit) {
        return documents(Objects.requireNonNull(FILES.get("deploy/k8s/" + unit + ".yaml"), unit));
    }

    /** The name of the volume mounted at the path. */
    private static String mountAt(Map<String, Object> container, String path) {
        return list(container.get("volumeMounts")).stream().map(YamlTrees::map)
                .filter(m -> path.equals(m.get("mountPath"))).map(m -> (String) m.get("name"))
                .findFirst().orElseThrow(() -> new AssertionError("nothing mounted at " + path));
    }

    private static Map<String, Map<String, Object>> volumes(Map<String, Object> podSpec) {
        Map<String, Map<String, Object>> byName = new TreeMap<>();
        list(podSpec.get("volumes")).forEach(v -> byName.put((String) map(v).get("name"), map(v)));
        return byName;
    }

    /** The literal variables of a container. */
    static Map<String, Object> env(Map<String, Object> container) {
        Map<String, Object> env = new TreeMap<>();
        list(container.get("env")).forEach(e -> env.put((String) map(e).get("name"),
                map(e).containsKey("value") ? map(e).get("value") : map(e).get("valueFrom")));
        return env;
    }

    private static int mebibytes(Object quantity) {
        String q = (String) quantity;
        assertThat(q).endsWith("Mi");
        return Integer.parseInt(q.substring(0, q.length() - 2));
    }
}
