package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.codegen.deploy.YamlTrees;
import dev.cleave.model.PlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads the deployment files generated for the greetings-and-names fixture (two services calling each other, a shared
 * H2 database, a gateway) as YAML, the way compose and Kubernetes read them.
 */
class GeneratedDeployFilesTest {
    private static final Path FIXTURE = Path.of("src/test/resources/golden/greetings-and-names");

    @TempDir
    static Path out;

    private static final List<String> UNITS = List.of("database", "gateway", "greetings", "names");
    private static final List<String> SERVICES = List.of("greetings", "names");

    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    static void generate() throws IOException {
        system = out.resolve("system");
        Generator.generate(null, PlanJson.read(FIXTURE.resolve("plan.json")), GenerateOptions.of(FIXTURE.resolve("input"), system));
        compose = map(yaml().load(Files.readString(system.resolve("docker-compose.yml"))));
        services = new TreeMap<>();
        map(compose.get("services")).forEach((name, service) -> services.put(name, map(service)));
        manifests = new TreeMap<>();
        for (String unit : UNITS) {
            manifests.put(unit, YamlTrees.documents(Files.readString(system.resolve("deploy/k8s/" + unit + ".yaml"))));
        }
        databaseDocs = manifests.get("database");
    }

    private static Path system;
    private static List<Map<String, Object>> databaseDocs;
    /** unit → the documents of its manifest */
    private static Map<String, List<Map<String, Object>>> manifests;

    @Test
    void aServiceWithItsOwnBaseImageInThePlanGetsItOthersKeepTheDefault() throws IOException {
        dev.cleave.model.Plan plan = PlanJson.read(FIXTURE.resolve("plan.json"));
        List<dev.cleave.model.Service> withImage = plan.services().stream().map(s -> !s.name().equals("names") ? s
                : new dev.cleave.model.Service(s.name(), s.classes(), s.pinned(), s.tables(), s.port(),
                        Map.of(dev.cleave.codegen.deploy.DeployOptions.BASE_IMAGE_SETTING, "tar:///opt/base/jre.tar")))
                .toList();
        Path system = out.resolve("own-base");
        Generator.generate(null, plan.withServices(withImage), GenerateOptions.of(FIXTURE.resolve("input"), system));
        List<String> names = new ArrayList<>();
        List<String> greetings = new ArrayList<>();
        try (var poms = Files.walk(system)) {
            for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml")).toList()) {
                String text = Files.readString(pom);
                if (text.contains("<artifactId>names</artifactId>") || pom.getParent().getFileName().toString().equals("names")) {
                    names.add(text);
                } else if (pom.getParent().getFileName().toString().equals("greetings")) {
                    greetings.add(text);
                }
            }
        }
        assertThat(String.join("", names)).contains("<image>tar:///opt/base/jre.tar</image>");
        assertThat(String.join("", greetings)).contains("<image>" + dev.cleave.codegen.deploy.DeployOptions.DEFAULT_BASE_IMAGE + "</image>")
                .doesNotContain("tar:///opt/base/jre.tar");
    }

    @Test
    void composeDependsOnNamesOnlyDefinedServicesAndHasNoCycle() {
        Map<String, Set<String>> graph = new TreeMap<>();
        services.forEach((name, service) -> graph.put(name, dependsOn(service).keySet()));

        graph.forEach((name, deps) -> assertThat(services.keySet()).as("depends_on of %s", name).containsAll(deps));
        assertThat(cycle(graph)).as("a depends_on cycle").isEmpty();
    }

    @Test
    void servicesWaitOnlyForTheDatabaseAndTheGatewayForTheServices() {
        assertThat(dependsOn(services.get("greetings")).keySet()).containsExactly("database");
        assertThat(dependsOn(services.get("names")).keySet()).containsExactly("database");
        assertThat(dependsOn(services.get("gateway")).keySet()).containsExactlyInAnyOrder("greetings", "names");
        assertThat(dependsOn(services.get("database")).keySet()).as("only the one-shot owner change of its volume")
                .containsExactly("database-data-init");
        UNITS.forEach(name -> dependsOn(services.get(name)).forEach((dep, condition) ->
                assertThat(map(condition).get("condition")).as("%s -> %s", name, dep)
                        .isEqualTo(dep.equals("database-data-init") ? "service_completed_successfully" : "service_started")));
    }

    @Test
    void composeHasNoHealthCheckNeedingToolsTheBaseImageLacksAndRestartsFailedServices() {
        assertThat(services.keySet()).containsExactlyInAnyOrder("database", "database-data-init", "gateway",
                "greetings", "names");
        UNITS.forEach(name -> {
            Map<String, Object> service = services.get(name);
            assertThat(service).as(name).doesNotContainKey("healthcheck");
            assertThat(service.get("restart")).as(name).isEqualTo("on-failure");
        });
    }

    @Test
    void theDatabaseTcpPortIsPublishedInComposeAndExposedByItsKubernetesService() {
        assertThat(map(services.get("greetings").get("environment")).get("SPRING_DATASOURCE_URL"))
                .asString().startsWith("jdbc:h2:tcp://database:9092/");
        assertThat(services.get("database").get("ports").toString()).contains("9092:9092");

        Map<String, Object> statefulSet = databaseDocs.get(0);
        Map<String, Object> service = databaseDocs.get(1);
        assertThat(statefulSet.get("kind")).isEqualTo("StatefulSet");
        assertThat(service.get("kind")).isEqualTo("Service");
        Map<String, Object> container = YamlTrees.container(statefulSet);
        assertThat(ports((List<?>) container.get("ports"), "containerPort")).contains(8083, 9092);
        assertThat(ports((List<?>) at(service, "spec").get("ports"), "port")).contains(8083, 9092);
        assertThat(map(container).get("env").toString()).contains("CLEAVE_DATABASE_TCP_PORT");
    }

    @Test
    void theDatabaseKeepsItsFilesOnAVolumeBehindAHeadlessService() {
        Map<String, Object> statefulSet = YamlTrees.ofKind(databaseDocs, "StatefulSet");
        Map<String, Object> container = YamlTrees.container(statefulSet);

        assertThat(at(YamlTrees.ofKind(databaseDocs, "Service"), "spec").get("clusterIP")).isEqualTo("None");
        assertThat(at(statefulSet, "spec").get("volumeClaimTemplates").toString()).contains("name=data");
        assertThat(container.get("volumeMounts").toString()).contains("mountPath=/data");
        assertThat(container.get("env").toString()).contains("name=CLEAVE_DATABASE_DIR, value=/data");
        assertThat(map(services.get("database")).get("volumes").toString()).contains("database-data:/data");
    }

    @Test
    void imagesAreTaggedWithTheGeneratedVersionWithoutSnapshotInJibManifestsAndCompose() throws IOException {
        Map<String, String> modules = Map.of("database", "database", "gateway", "gateway",
                "greetings", "services/greetings", "names", "services/names");
        for (String unit : UNITS) {
            String pom = Files.readString(system.resolve(modules.get(unit)).resolve("pom.xml"));
            String version = between(pom, "</artifactId>\n  <version>", "</version>");
            String image = "cleave/" + unit + ":" + version.replace("-SNAPSHOT", "");
            assertThat(image).as(unit).doesNotEndWith(":latest").doesNotContain("SNAPSHOT");
            assertThat(pom).as("Jib configuration of %s", unit).contains("<image>" + image + "</image>")
                    .contains("<user>65532:65532</user>");
            assertThat(YamlTrees.container(YamlTrees.workload(manifests.get(unit))).get("image")).as(unit)
                    .isEqualTo(image);
            assertThat(services.get(unit).get("image")).as(unit).isEqualTo(image);
        }
    }

    @Test
    void probesUseSeparateLivenessAndReadinessGroupsAndContainersAreLockedDown() {
        for (String unit : UNITS) {
            Map<String, Object> container = YamlTrees.container(YamlTrees.workload(manifests.get(unit)));
            String health = unit.equals("gateway") ? "/cleave-gateway/actuator/health" : "/actuator/health";
            assertThat(at(container, "livenessProbe", "httpGet").get("path")).as(unit)
                    .isEqualTo(health + "/liveness");
            assertThat(at(container, "readinessProbe", "httpGet").get("path")).as(unit)
                    .isEqualTo(health + "/readiness");
            assertThat(at(container, "securityContext")).as(unit).containsEntry("runAsNonRoot", true)
                    .containsEntry("runAsUser", 65532).containsEntry("readOnlyRootFilesystem", true)
                    .containsEntry("allowPrivilegeEscalation", false);
            assertThat(at(container, "resources", "limits")).as(unit).containsKey("memory");
            assertThat(services.get(unit)).as(unit).containsEntry("read_only", true)
                    .containsEntry("user", "65532:65532");
        }
    }

    @Test
    void everyServiceAndNeitherTheGatewayNorTheDatabaseReadsTheRpcSecretTheKustomizationGenerates()
            throws IOException {
        Map<String, Object> kustomization = map(yaml().load(Files.readString(system.resolve("deploy/k8s/kustomization.yaml"))));
        String secret = (String) map(((List<?>) kustomization.get("secretGenerator")).get(0)).get("name");
        String partOf = (String) at(manifests.get("gateway").get(0), "metadata", "labels").get("app.kubernetes.io/part-of");

        assertThat(secret).isEqualTo(partOf + "-rpc");
        assertThat(kustomization.get("resources").toString()).doesNotContain("rpc-secret.env");
        for (String unit : UNITS) {
            Object envFrom = YamlTrees.container(YamlTrees.workload(manifests.get(unit))).get("envFrom");
            Object envFile = services.get(unit).get("env_file");
            if (SERVICES.contains(unit)) {
                assertThat(String.valueOf(envFrom)).as(unit).isEqualTo("[{secretRef={name=" + secret + "}}]");
                assertThat(envFile).as(unit).isEqualTo(List.of("deploy/k8s/rpc-secret.env"));
            } else {
                assertThat(envFrom).as(unit).isNull();
                assertThat(envFile).as(unit).isNull();
            }
        }
    }

    @Test
    void theKustomizationListsExactlyTheManifestsInItsFolder() throws IOException {
        Map<String, Object> kustomization = map(yaml().load(Files.readString(system.resolve("deploy/k8s/kustomization.yaml"))));
        List<String> manifestFiles;
        try (var files = Files.list(system.resolve("deploy/k8s"))) {
            manifestFiles = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml")).sorted().toList();
        }

        assertThat(kustomization.get("resources")).isEqualTo(manifestFiles);
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before);
        assertThat(start).as("'%s' in%n%s", before, text).isNotNegative();
        start += before.length();
        return text.substring(start, text.indexOf(after, start));
    }

    private static List<Object> ports(List<?> ports, String key) {
        List<Object> numbers = new ArrayList<>();
        ports.forEach(p -> numbers.add(map(p).get(key)));
        return numbers;
    }

    private static Map<String, Object> at(Map<String, Object> root, String... keys) {
        Map<String, Object> node = root;
        for (String key : keys) {
            node = map(node.get(key));
        }
        return node;
    }

    /** depends_on in its long form (service → {condition: ...}); the short form (a list) is read as no conditions. */
    private static Map<String, Object> dependsOn(Map<String, Object> service) {
        Object deps = service.get("depends_on");
        if (deps == null) {
            return Map.of();
        }
        if (deps instanceof List<?> list) {
            Map<String, Object> byName = new HashMap<>();
            list.forEach(d -> byName.put((String) d, Map.of()));
            return byName;
        }
        return map(deps);
    }

    /** A cycle of the graph as the list of its vertices, or an empty list. */
    static List<String> cycle(Map<String, Set<String>> graph) {
        Set<String> done = new HashSet<>();
        for (String start : graph.keySet()) {
            List<String> found = visit(start, graph, new ArrayList<>(), done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> visit(String node, Map<String, Set<String>> graph, List<String> path, Set<String> done) {
        int at = path.indexOf(node);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(node);
            return cycle;
        }
        if (!done.add(node)) {
            return List.of();
        }
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            List<String> found = visit(next, graph, path, done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        return List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    private static Yaml yaml() {
        return new Yaml(new LoaderOptions());
    }
}
