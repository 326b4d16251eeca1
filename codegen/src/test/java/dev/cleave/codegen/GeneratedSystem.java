package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.codegen.deploy.ContainerImages;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.Service;
import dev.cleave.scenarios.ScenarioRunner;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One plan of a sample monolith taken through the whole way: generated into {@code <work>/system}, built with one
 * nested Maven run, started (database first, then every service and the gateway on free ports) and checked with the
 * sample's HTTP scenarios through the gateway. The generated-system ITs run every plan through this class.
 */
final class GeneratedSystem {
    private static final String VERSION = "0.1.0-SNAPSHOT";
    private static final Pattern COUNT = Pattern.compile("\"[^\"]+\"\\s*:\\s*(\\d+)");

    private final Path shop;
    /** The sample's directory name: artifact ids of the database and the gateway start with it. */
    private final String project;
    private final Plan plan;
    private final Path work;
    private final Path out;

    private GeneratedSystem(Path sample, Plan plan, Path work) {
        this.shop = sample;
        this.project = sample.getFileName().toString();
        this.plan = plan;
        this.work = work;
        this.out = work.resolve("system");
    }

    /**
     * Generates the system of {@code plan} into {@code <work>/system} (the plan itself is kept as
     * {@code <work>/plan.json}), and checks that a second generation writes nothing.
     */
    static GeneratedSystem generate(Path sample, Plan plan, Path work, List<Path> classpath) throws IOException {
        return generate(sample, plan, work, classpath, false);
    }

    /** As above, accepting calls between services inside a transaction on a database without dirty reads. */
    static GeneratedSystem generate(Path sample, Plan plan, Path work, List<Path> classpath,
                                    boolean acceptSplitTransactions) throws IOException {
        Files.createDirectories(work);
        PlanJson.write(plan, work.resolve("plan.json"));
        GeneratedSystem generated = new GeneratedSystem(sample, plan, work);
        GenerateOptions options = GenerateOptions.of(sample, generated.out).withClasspath(classpath)
                .withSplitTransactionsAccepted(acceptSplitTransactions);
        Generator.generate(null, plan, options);
        assertThat(Generator.generate(null, plan, options).nothingChanged()).as("second generation").isTrue();
        return generated;
    }

    Path out() {
        return out;
    }

    /** The services of the generated system (the plan's, plus none: the generator adds no service). */
    List<String> services() {
        return plan.services().stream().map(Service::name).toList();
    }

    /** The secret the services share ({@code deploy/k8s/rpc-secret.env}). */
    String secret() throws IOException {
        String line = Files.readString(out.resolve("deploy/k8s/rpc-secret.env")).strip();
        return line.substring(line.indexOf('=') + 1);
    }

    /** A setting of the generated service {@code service}'s application.properties (the last one wins). */
    String setting(String service, String key) throws IOException {
        String value = null;
        for (String line : Files.readAllLines(out.resolve("services/" + service
                + "/src/main/resources/application.properties"))) {
            if (line.startsWith(key + "=")) {
                value = line.substring(key.length() + 1);
            }
        }
        return value;
    }

    /** One Maven run in the output root ({@code mvn -q package -DskipTests} plus {@code extra}); fails with its log. */
    void build(String... extra) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("-q", "package", "-DskipTests"));
        arguments.addAll(List.of(extra));
        Path log = work.resolve("build.log");
        ProcessBuilder builder = new ProcessBuilder(NestedMaven.command(arguments.toArray(String[]::new)))
                .directory(out.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        ContainerImages.jibDirectories(builder, work.resolve("jib"));
        Process mvn = builder.start();
        boolean done = mvn.waitFor(20, TimeUnit.MINUTES);
        if (!done) {
            mvn.descendants().forEach(ProcessHandle::destroyForcibly);
            mvn.destroyForcibly();
        }
        assertThat(done && mvn.exitValue() == 0).as("mvn " + String.join(" ", arguments)
                + " of the generated system; see " + log + ":\n" + Files.readString(log)).isTrue();
    }

    /**
     * Starts the database, then every service and the gateway at once, and waits until all are healthy.
     *
     * @return the services' environment (peer URLs and the datasource)
     */
    Map<String, String> start(RunningSystem system) throws IOException {
        int tcp = RunningSystem.freePort();
        Map<String, String> env = new HashMap<>();
        String url = setting(services().get(0), "spring.datasource.url");
        if (url != null && url.matches("jdbc:[a-z0-9:]+//localhost:\\d+/.*")) {
            env.put("SPRING_DATASOURCE_URL", url.replaceFirst("localhost:\\d+", "localhost:" + tcp));
        }
        env.put("CLEAVE_RPC_SECRET", secret());
        Map<String, Integer> ports = new HashMap<>();
        for (String s : services()) {
            ports.put(s, RunningSystem.freePort());
            env.put(peerVariable(s), "http://localhost:" + ports.get(s));
        }
        Map<String, String> database = new HashMap<>(env);
        database.remove("SPRING_DATASOURCE_URL");
        database.put("CLEAVE_DATABASE_TCP_PORT", Integer.toString(tcp));
        Path databaseSettings = out.resolve("database/src/main/resources/application.properties");
        if (Files.isRegularFile(databaseSettings) && Files.readString(databaseSettings).contains("\ncleave.broker.port=")) {
            // the message broker the database module runs for a Java EE application's JMS, on a free port too
            int broker = RunningSystem.freePort();
            database.put("CLEAVE_BROKER_PORT", Integer.toString(broker));
            env.put("SPRING_ARTEMIS_BROKER_URL", "tcp://localhost:" + broker);
        }
        if (setsUpItsDatabase()) {
            setUpDatabase(system);
        } else if (Files.isDirectory(out.resolve("database"))) {
            system.start("database", out.resolve("database/target/" + project + "-database-" + VERSION + ".jar"),
                    RunningSystem.freePort(), database);
            system.awaitHealthy(Duration.ofMinutes(3));
        }
        // as on Kubernetes: the probes' health groups, outside the monolith's security
        Map<String, String> serviceEnv = new HashMap<>(env);
        serviceEnv.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        for (String s : services()) {
            system.start(s, out.resolve("services/" + s + "/target/" + s + "-service-" + VERSION + ".jar"),
                    ports.get(s), serviceEnv, contextPath() + "/actuator/health/readiness");
        }
        Map<String, String> gateway = new HashMap<>(env);
        gateway.remove("CLEAVE_RPC_SECRET");
        system.start("gateway", out.resolve("gateway/target/" + project + "-gateway-" + VERSION + ".jar"),
                RunningSystem.freePort(), gateway);
        system.awaitHealthy(Duration.ofMinutes(6));
        return env;
    }

    /** Whether the monolith's own server database is set up by the generated set-up program (it then exits). */
    boolean setsUpItsDatabase() {
        return Files.isRegularFile(out.resolve("database/src/main/java/dev/cleave/database/DatabaseSetupApplication.java"));
    }

    /** Runs the generated set-up of the monolith's own database to its end, as compose and Kubernetes do. */
    void setUpDatabase(RunningSystem system) throws IOException {
        try {
            system.runToEnd("database", out.resolve("database/target/" + project + "-database-" + VERSION + ".jar"),
                    Map.of(), Duration.ofMinutes(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Replays {@code scenarios.json} through the gateway: every step must answer as the monolith does. */
    void replayScenarios(RunningSystem system) throws IOException {
        ScenarioRunner.run(URI.create("http://localhost:" + system.port("gateway") + contextPath()),
                shop.resolve("scenarios.json")).assertAllPassed();
    }

    /** The context path the services keep from the monolith ("" for none), as Boot cleans it. */
    String contextPath() throws IOException {
        String path = setting(services().get(0), "server.servlet.context-path");
        return path == null ? "" : path.strip().replaceAll("/+$", "");
    }

    /** Service → number of facade calls it served ({@code GET /cleave/stats}), for every service. */
    Map<String, Long> servedCalls(RunningSystem system) throws IOException, InterruptedException {
        Map<String, Long> served = new TreeMap<>();
        for (String s : services()) {
            Matcher m = COUNT.matcher(stats(system, s));
            long total = 0;
            while (m.find()) {
                total += Long.parseLong(m.group(1));
            }
            served.put(s, total);
        }
        return served;
    }

    /** {@code GET /cleave/stats} of a service, with the system's secret. */
    String stats(RunningSystem system, String service) throws IOException, InterruptedException {
        return system.get(service, "/cleave/stats", "X-Cleave-Secret", secret());
    }

    /** {@code CLEAVE_PEERS_AUDIT_LOG} for service {@code audit-log}. */
    static String peerVariable(String service) {
        return "CLEAVE_PEERS_" + service.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
