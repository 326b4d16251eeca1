package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.analyzer.Analyzer;
import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.codegen.deploy.BaseImages;
import dev.cleave.codegen.deploy.ContainerImages;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.Service;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.splitter.Splitter;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generates services from the spring-shop sample, builds them, starts the database, every service and the gateway on
 * free ports, and replays the sample's HTTP scenarios through the gateway: the split system must answer exactly as
 * the monolith does, and calls between services must be remote. Two plans go this way ({@link GeneratedSystem}):
 * <ul>
 *   <li>the sample's reference plan {@code expected.json}; its build also writes every module's container image
 *       ({@code package jib:buildTar}, from a base image tarball made of the running JDK), and one service's image
 *       then runs (unshare + chroot, needs root) against the running database and must report itself healthy;</li>
 *   <li>the splitter's own plan: the sample analyzed and split with default options (other service names and
 *       boundaries). Images are left out here: the first plan covers them.</li>
 * </ul>
 */
class GeneratedSpringShopIT {
    private static final Path WORK = Path.of("target/it/spring-shop").toAbsolutePath();
    private static final List<String> SERVICES = List.of("backoffice", "catalog", "customers", "inventory",
            "notifications", "orders", "payments", "shipping");
    /** Fully qualified: the aggregator declares no plugins, so the {@code jib:} prefix does not resolve there. */
    private static final String JIB_BUILD_TAR = "com.google.cloud.tools:jib-maven-plugin:"
            + dev.cleave.codegen.deploy.JibConfig.JIB_VERSION + ":buildTar";
    private static final String CONTAINER_JVM = "-XX:TieredStopAtLevel=1 -Xss512k -XX:+UseSerialGC -Xmx256m";

    private static List<Path> classpath;

    @BeforeAll
    static void resolveClasspath() throws Exception {
        classpath = Samples.classpath(Samples.springShop(), Files.createDirectories(WORK));
    }

    @Test
    void referencePlanBehavesLikeTheMonolithBehindTheGateway() throws Exception {
        Path work = WORK.resolve("expected");
        CompletableFuture<Path> base = CompletableFuture.supplyAsync(() -> BaseImages.buildLocalBase(
                Path.of(System.getProperty("java.home")), work.resolve("base/base.tar")));
        Plan plan = PlanJson.read(Samples.springShop().resolve("expected.json"));
        assertThat(plan.services()).extracting(Service::name).containsExactlyElementsOf(SERVICES);
        GeneratedSystem shop = GeneratedSystem.generate(Samples.springShop(), plan, work, classpath);
        Path out = shop.out();
        assertDeployFiles(out);
        shop.build(JIB_BUILD_TAR, "-Djib.disableUpdateChecks=true",
                "-Djib.from.image=tar://" + base.get(5, TimeUnit.MINUTES));
        List<String> runnable = new ArrayList<>(List.of("database", "gateway"));
        SERVICES.forEach(s -> runnable.add("services/" + s));
        runnable.forEach(m -> assertThat(out.resolve(m + "/target/jib-image.tar")).as("image of " + m).isRegularFile());
        try (RunningSystem system = new RunningSystem(work.resolve("logs"))) {
            Map<String, String> env = shop.start(system);
            shop.replayScenarios(system);
            assertThat(shop.stats(system, "payments"))
                    .as("orders charges the card through the payments service")
                    .contains("com.acme.shop.service.PaymentService#charge(com.acme.shop.domain.Order,java.lang.String)");
            assertThat(shop.stats(system, "backoffice")).contains("ShopManager#nextReference");
            assertThat(system.send("payments", "/cleave/stats").statusCode())
                    .as("the endpoints between services without the system's secret").isEqualTo(404);
            assertThat(system.send("gateway", "/cleave/stats", "X-Cleave-Secret", shop.secret()).statusCode())
                    .as("the gateway never routes the endpoints between services").isEqualTo(404);
            for (String unit : List.of("payments", "gateway")) {
                assertThat(system.send(unit, "/%63leave/stats").statusCode()).as(unit + ", an encoded path")
                        .isEqualTo(404);
            }
            runImage(out.resolve("services/catalog/target/jib-image.tar"), work.resolve("container"), env);
        }
    }

    @Test
    void splittersOwnPlanBehavesLikeTheMonolithBehindTheGateway() throws Exception {
        Path work = WORK.resolve("split");
        CodeGraph graph = Analyzer.analyze(AnalyzerOptions.of(Samples.springShop()).withGitCommits(0));
        Plan plan = Splitter.split(graph, SplitOptions.defaults());
        assertThat(plan.services()).as("services of the splitter's plan").hasSizeGreaterThan(1);
        GeneratedSystem shop = GeneratedSystem.generate(Samples.springShop(), plan, work, classpath);
        shop.build();
        try (RunningSystem system = new RunningSystem(work.resolve("logs"))) {
            shop.start(system);
            shop.replayScenarios(system);
            Map<String, Long> served = shop.servedCalls(system);
            assertThat(served.values().stream().mapToLong(Long::longValue).sum())
                    .as("calls served to other services, per service: " + served).isPositive();
        }
    }

    /** Deployment files name every runnable unit, and peers by service name and port. */
    private static void assertDeployFiles(Path out) throws IOException {
        for (String s : SERVICES) {
            assertThat(out.resolve("deploy/k8s/" + s + ".yaml")).isRegularFile();
            assertThat(Files.readString(out.resolve("services/" + s + "/pom.xml"))).contains("jib-maven-plugin");
        }
        assertThat(Files.readString(out.resolve("deploy/k8s/kustomization.yaml"))).contains("- gateway.yaml",
                "- database.yaml");
        assertThat(Files.readString(out.resolve("docker-compose.yml"))).contains("http://payments:8087",
                "jdbc:h2:tcp://database:9092/shop");
    }

    /**
     * Runs a service's image with unshare + chroot on the running database, as on Kubernetes; its health (with the
     * database) and the probes' liveness and readiness groups are UP.
     */
    private static void runImage(Path imageTar, Path scratch, Map<String, String> env) throws Exception {
        ContainerImages.Unpacked image = ContainerImages.unpack(imageTar, Files.createDirectories(scratch));
        assertThat(image.entrypoint()).contains("com.acme.shop.ShopApplication");
        Map<String, String> containerEnv = new HashMap<>(env);
        containerEnv.put("JAVA_TOOL_OPTIONS", CONTAINER_JVM);
        containerEnv.put("SERVER_TOMCAT_BASEDIR", "/tmp/tomcat");
        // what every pod sees: Spring Boot turns the probes' health groups on by itself on Kubernetes
        containerEnv.put("KUBERNETES_SERVICE_HOST", "10.96.0.1");
        containerEnv.put("KUBERNETES_SERVICE_PORT", "443");
        try (ContainerImages.Running container = ContainerImages.start(image, containerEnv)) {
            HttpResponse<String> health = container.awaitOk("/actuator/health", Duration.ofMinutes(3));
            assertThat(health.body()).contains("\"status\":\"UP\"");
            assertThat(container.awaitOk("/actuator/health/liveness", Duration.ofSeconds(10)).body()).contains("UP");
            assertThat(container.awaitOk("/actuator/health/readiness", Duration.ofSeconds(10)).body()).contains("UP");
        }
        assertThat(ContainerImages.mountsUnder(scratch)).as("mounts left under " + scratch).isEmpty();
    }
}
