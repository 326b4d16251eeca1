package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.codegen.deploy.BaseImages;
import dev.cleave.codegen.deploy.ContainerImages;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.scenarios.ScenarioRunner;
import java.io.IOException;
import java.net.URI;
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
import org.junit.jupiter.api.Test;

/**
 * Generates services from the spring-shop sample with its reference plan, builds every module and its container image
 * in one Maven run ({@code package jib:buildTar}, from a base image tarball made of the running JDK), starts the
 * database, every service and the gateway on free ports, and replays the sample's HTTP scenarios through the gateway:
 * the split system must answer exactly as the monolith does, and calls between services must be remote. Then one
 * service's image runs (unshare + chroot, needs root) against the running database and must report itself healthy.
 */
class GeneratedSpringShopIT {
    private static final List<String> SERVICES = List.of("backoffice", "catalog", "customers", "inventory",
            "notifications", "orders", "payments", "shipping");
    /** Fully qualified: the aggregator declares no plugins, so the {@code jib:} prefix does not resolve there. */
    private static final String JIB_BUILD_TAR = "com.google.cloud.tools:jib-maven-plugin:"
            + dev.cleave.codegen.deploy.JibConfig.JIB_VERSION + ":buildTar";
    private static final String CONTAINER_JVM = "-XX:TieredStopAtLevel=1 -Xss512k -XX:+UseSerialGC -Xmx256m";

    @Test
    void generatedServicesBehaveLikeTheMonolithBehindTheGateway() throws Exception {
        Path work = Files.createDirectories(Path.of("target/it/spring-shop").toAbsolutePath());
        Path out = work.resolve("system");
        CompletableFuture<Path> base = CompletableFuture.supplyAsync(() -> BaseImages.buildLocalBase(
                Path.of(System.getProperty("java.home")), work.resolve("base/base.tar")));
        Path shop = Samples.springShop();
        Plan plan = PlanJson.read(shop.resolve("expected.json"));
        GenerateOptions options = GenerateOptions.of(shop, out).withClasspath(Samples.classpath(shop, work));
        Generator.generate(null, plan, options);
        assertThat(Generator.generate(null, plan, options).nothingChanged()).isTrue();
        assertDeployFiles(out);
        build(out, work, base.get(5, TimeUnit.MINUTES));
        List<String> runnable = new ArrayList<>(List.of("database", "gateway"));
        SERVICES.forEach(s -> runnable.add("services/" + s));
        runnable.forEach(m -> assertThat(out.resolve(m + "/target/jib-image.tar")).as("image of " + m).isRegularFile());
        try (RunningSystem system = new RunningSystem(work.resolve("logs"))) {
            Map<String, String> env = start(system, out);
            ScenarioRunner.run(URI.create("http://localhost:" + system.port("gateway")), shop.resolve("scenarios.json"))
                    .assertAllPassed();
            assertThat(system.get("payments", "/cleave/stats"))
                    .as("orders charges the card through the payments service")
                    .contains("com.acme.shop.service.PaymentService#charge(com.acme.shop.domain.Order,java.lang.String)");
            assertThat(system.get("backoffice", "/cleave/stats")).contains("ShopManager#nextReference");
            runImage(out.resolve("services/catalog/target/jib-image.tar"), work.resolve("container"), env);
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
                "jdbc:h2:tcp://database:9092/mem:shop");
    }

    /** One Maven run: every module packaged and its image written to target/jib-image.tar. */
    private static void build(Path out, Path work, Path baseTar) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(NestedMaven.command("-q", "package", JIB_BUILD_TAR,
                "-DskipTests", "-Djib.disableUpdateChecks=true", "-Djib.from.image=tar://" + baseTar))
                .directory(out.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("build.log").toFile());
        ContainerImages.jibDirectories(builder, work.resolve("jib"));
        Process mvn = builder.start();
        boolean done = mvn.waitFor(20, TimeUnit.MINUTES);
        if (!done) {
            mvn.descendants().forEach(ProcessHandle::destroyForcibly);
            mvn.destroyForcibly();
        }
        assertThat(done && mvn.exitValue() == 0).as("mvn package jib:buildTar of the generated system; see "
                + work.resolve("build.log") + ":\n" + Files.readString(work.resolve("build.log"))).isTrue();
    }

    /** Starts the database, then every service and the gateway at once; returns the services' environment. */
    private static Map<String, String> start(RunningSystem system, Path out) throws IOException {
        int tcp = RunningSystem.freePort();
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_DATASOURCE_URL", "jdbc:h2:tcp://localhost:" + tcp + "/mem:shop");
        Map<String, Integer> ports = new HashMap<>();
        for (String s : SERVICES) {
            ports.put(s, RunningSystem.freePort());
            env.put("CLEAVE_PEERS_" + s.toUpperCase(), "http://localhost:" + ports.get(s));
        }
        Map<String, String> database = new HashMap<>(env);
        database.put("SPRING_DATASOURCE_URL", "jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1");
        database.put("CLEAVE_DATABASE_TCP_PORT", Integer.toString(tcp));
        system.start("database", out.resolve("database/target/spring-shop-database-0.1.0-SNAPSHOT.jar"),
                RunningSystem.freePort(), database);
        system.awaitHealthy(Duration.ofMinutes(3));
        for (String s : SERVICES) {
            system.start(s, out.resolve("services/" + s + "/target/" + s + "-service-0.1.0-SNAPSHOT.jar"),
                    ports.get(s), env);
        }
        system.start("gateway", out.resolve("gateway/target/spring-shop-gateway-0.1.0-SNAPSHOT.jar"),
                RunningSystem.freePort(), env);
        system.awaitHealthy(Duration.ofMinutes(6));
        return env;
    }

    /** Runs a service's image with unshare + chroot on the running database; its health (with the database) is UP. */
    private static void runImage(Path imageTar, Path scratch, Map<String, String> env) throws Exception {
        ContainerImages.Unpacked image = ContainerImages.unpack(imageTar, Files.createDirectories(scratch));
        assertThat(image.entrypoint()).contains("com.acme.shop.ShopApplication");
        Map<String, String> containerEnv = new HashMap<>(env);
        containerEnv.put("JAVA_TOOL_OPTIONS", CONTAINER_JVM);
        containerEnv.put("SERVER_TOMCAT_BASEDIR", "/tmp/tomcat");
        try (ContainerImages.Running container = ContainerImages.start(image, containerEnv)) {
            HttpResponse<String> health = container.awaitOk("/actuator/health", Duration.ofMinutes(3));
            assertThat(health.body()).contains("\"status\":\"UP\"");
        }
        assertThat(ContainerImages.mountsUnder(scratch)).as("mounts left under " + scratch).isEmpty();
    }
}
