package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.scenarios.ScenarioRunner;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Generates services from the spring-shop sample with its reference plan, builds them with Maven (offline), starts
 * the database, every service and the gateway on free ports, and replays the sample's HTTP scenarios through the
 * gateway: the split system must answer exactly as the monolith does, and calls between services must be remote.
 */
class GeneratedSpringShopIT {
    private static final List<String> SERVICES = List.of("backoffice", "catalog", "customers", "inventory",
            "notifications", "orders", "payments", "shipping");

    @Test
    void generatedServicesBehaveLikeTheMonolithBehindTheGateway() throws Exception {
        Path work = Files.createDirectories(Path.of("target/it/spring-shop").toAbsolutePath());
        Path out = work.resolve("system");
        Path shop = Samples.springShop();
        Plan plan = PlanJson.read(shop.resolve("expected.json"));
        GenerateOptions options = GenerateOptions.of(shop, out).withClasspath(Samples.classpath(shop, work));
        Generator.generate(null, plan, options);
        assertThat(Generator.generate(null, plan, options).nothingChanged()).isTrue();
        build(out, work);
        try (RunningSystem system = new RunningSystem(work.resolve("logs"))) {
            start(system, out);
            ScenarioRunner.run(URI.create("http://localhost:" + system.port("gateway")), shop.resolve("scenarios.json"))
                    .assertAllPassed();
            assertThat(system.get("payments", "/cleave/stats"))
                    .as("orders charges the card through the payments service")
                    .contains("com.acme.shop.service.PaymentService#charge(com.acme.shop.domain.Order,java.lang.String)");
            assertThat(system.get("backoffice", "/cleave/stats")).contains("ShopManager#nextReference");
        }
    }

    private static void build(Path out, Path work) throws IOException, InterruptedException {
        Process mvn = new ProcessBuilder("mvn", "-o", "-q", "-B", "package", "-DskipTests").directory(out.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("build.log").toFile()).start();
        boolean done = mvn.waitFor(8, TimeUnit.MINUTES);
        if (!done) {
            mvn.destroyForcibly();
        }
        assertThat(done && mvn.exitValue() == 0).as("mvn package of the generated system; see "
                + work.resolve("build.log") + ":\n" + Files.readString(work.resolve("build.log"))).isTrue();
    }

    private static void start(RunningSystem system, Path out) throws IOException {
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
    }
}
