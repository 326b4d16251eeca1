package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.scenarios.ScenarioRunner;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Monoliths on the other Java databases that run inside the application (HyperSQL, Derby), chosen the ways real
 * applications choose them: a profile's settings file, or Boot's embedded database for the engine on the classpath.
 * The database module serves the one database with the engine's own network server; the monolith and its services
 * pass the same scenarios.
 */
class GeneratedEmbeddedEnginesIT {
    private static final Path WORK = Path.of("target/it/embedded-engines").toAbsolutePath();

    /**
     * clinic-scheduler on an in-memory HyperSQL database named in {@code application-hsqldb.properties}, the profile
     * its {@code application.properties} activates. Before, the profile file was not read (each service got its own
     * empty database) and, copied into the shared library, set every service's scripts up again. Its booking bills
     * the visit in another service inside its transaction: refused on HyperSQL until accepted, as on PostgreSQL. It is
     * served under a context path, which the services keep, the gateway routes and the services' calls to each other
     * (and their health checks) use; before, every call between services answered 404.
     */
    @Test
    void aHyperSqlDatabaseChosenByAProfileIsServedOnceToEveryService() throws Exception {
        Path work = Files.createDirectories(WORK.resolve("hsqldb"));
        Path monolith = Samples.clinicOnHsqldbProfile(work.resolve("clinic-scheduler"));
        passesItsScenarios(monolith, work);

        List<Path> classpath = Samples.classpath(monolith, work);
        Plan plan = PlanJson.read(monolith.resolve("expected.json"));
        assertThatThrownBy(() -> Generator.generate(null, plan, GenerateOptions.of(monolith, work.resolve("refused"))
                .withClasspath(classpath)))
                .as("booking bills the visit in another service inside its transaction: HyperSQL, served with row"
                        + " versions, cannot show billing the booking's uncommitted rows")
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("hsqldb does not let the callee read")
                .hasMessageContaining("--accept-split-transactions");
        GeneratedSystem system = GeneratedSystem.generate(monolith, plan, work, classpath, true);
        Path out = system.out();
        assertThat(Files.readString(out.resolve("database/pom.xml"))).contains("<artifactId>hsqldb</artifactId>");
        String service = system.services().get(0);
        Path serviceResources = out.resolve("services/" + service + "/src/main/resources");
        assertThat(Files.readString(serviceResources.resolve("application.properties")))
                .contains("spring.profiles.active=hsqldb", "spring.datasource.url=jdbc:hsqldb:hsql://localhost:");
        assertThat(Files.readString(serviceResources.resolve("application-hsqldb.properties")))
                .as("the profile's file without what Cleave sets, so that it cannot win over it")
                .contains("# the practice laptop's database").doesNotContain("spring.datasource", "spring.sql.init.mode");
        assertThat(Files.readString(out.resolve("database/src/main/resources/application-hsqldb.properties")))
                .as("the database module sets the database up with the profile's own settings")
                .contains("spring.datasource.url=jdbc:hsqldb:mem:clinic", "spring.sql.init.mode=always");
        assertThat(out.resolve("shared/src/main/resources/application-hsqldb.properties")).doesNotExist();
        assertThat(Files.readString(out.resolve("gateway/src/main/resources/application.properties")))
                .as("the monolith's URLs are under its context path").contains("=Path=/clinic/api/appointments\n")
                .doesNotContain("=Path=/api/");
        assertThat(Files.readString(out.resolve("deploy/k8s/" + service + ".yaml")))
                .as("the probes look where the service's actuator is").contains("path: \"/clinic/actuator/health/");

        system.build();
        try (RunningSystem running = new RunningSystem(work.resolve("logs"))) {
            system.start(running);
            system.replayScenarios(running);
        }
    }

    /**
     * clinic-scheduler on an H2 database file ({@code jdbc:h2:file:./data/clinic}). Before, it was taken for a server
     * database: every service opened the file itself and all but the first failed to start (the file is locked by
     * the process that opened it; in containers each would have had a file of its own). Now the database module opens
     * it, with the monolith's settings, and serves it; the services connect to the server as the monolith's user.
     */
    @Test
    void anH2DatabaseFileIsOpenedByTheDatabaseModuleAndServedToEveryService() throws Exception {
        Path work = Files.createDirectories(WORK.resolve("h2-file"));
        for (Path data : List.of(work.resolve("monolith-logs/data"), work.resolve("logs/data"))) {
            deleteTree(data); // a file of an earlier run would be set up again and refuse the scripts' tables
        }
        Path monolith = Samples.clinicOnH2File(work.resolve("clinic-scheduler"));
        passesItsScenarios(monolith, work, "");

        List<Path> classpath = Samples.classpath(monolith, work);
        Plan plan = PlanJson.read(monolith.resolve("expected.json"));
        GeneratedSystem system = GeneratedSystem.generate(monolith, plan, work, classpath);
        Path out = system.out();
        assertThat(out.resolve("database/src/main/java/dev/cleave/database/DatabaseApplication.java")).isRegularFile();
        assertThat(Files.readString(out.resolve("database/src/main/java/dev/cleave/database/DatabaseApplication.java")))
                .contains("MONOLITH_FOLDER = \"./data\"", "+ \";MODE=REGULAR\"");
        String service = system.services().get(0);
        assertThat(Files.readString(out.resolve("services/" + service + "/src/main/resources/application.properties")))
                .contains("spring.datasource.url=jdbc:h2:tcp://localhost:").doesNotContain("jdbc:h2:file:");

        system.build();
        Path logs = work.resolve("logs");
        try (RunningSystem running = new RunningSystem(logs)) {
            system.start(running);
            system.replayScenarios(running);
        }
        assertThat(logs.resolve("data/clinic.mv.db")).as("the monolith's file, where the monolith kept it")
                .isRegularFile();
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.isDirectory(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Builds the monolith's own jar, starts it and replays its scenarios against it: the behaviour to keep. */
    private static void passesItsScenarios(Path monolith, Path work) throws Exception {
        passesItsScenarios(monolith, work, "/clinic");
    }

    private static void passesItsScenarios(Path monolith, Path work, String contextPath) throws Exception {
        Path log = work.resolve("monolith-build.log");
        Process mvn = new ProcessBuilder(NestedMaven.command("-q", "package", "-DskipTests"))
                .directory(monolith.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(mvn.waitFor(10, TimeUnit.MINUTES) && mvn.exitValue() == 0)
                .as("the monolith's own build; see " + log).isTrue();
        Path jar;
        try (var jars = Files.list(monolith.resolve("target"))) {
            jar = jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        try (RunningSystem running = new RunningSystem(work.resolve("monolith-logs"))) {
            running.start("monolith", jar, RunningSystem.freePort(), Map.of());
            running.awaitStarted("monolith", Duration.ofMinutes(3));
            ScenarioRunner.run(URI.create("http://localhost:" + running.port("monolith") + contextPath),
                    monolith.resolve("scenarios.json")).assertAllPassed();
        }
    }
}
