package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.analyzer.Analyzer;
import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.splitter.Splitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The samples that look like the Spring Boot applications people run, each of another generation and style
 * (bike-rental: Boot 4, server-side pages, webjars, flash attributes, session state, Boot's implicit embedded
 * database with schema.sql/data.sql, formatters, repositories used across features, runtime hints; travel-desk:
 * Boot 2.7 with javax, Flyway, a database user of its own, package by layer), generated with their reference plan and
 * with the splitter's own plan, built, started and replayed through the gateway: every step of the sample's
 * {@code scenarios.json} must pass, as it does against the monolith in the sample's own tests.
 */
class GeneratedSamplesIT {
    private static final Path WORK = Path.of("target/it").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {"bike-rental", "travel-desk"})
    void referencePlanBehavesLikeTheMonolithBehindTheGateway(String sample) throws Exception {
        Path dir = Samples.repo().resolve("samples/" + sample);
        Path work = Files.createDirectories(WORK.resolve(sample + "/expected"));
        runs(dir, PlanJson.read(dir.resolve("expected.json")), work, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bike-rental", "travel-desk"})
    void splittersOwnPlanBehavesLikeTheMonolithBehindTheGateway(String sample) throws Exception {
        Path dir = Samples.repo().resolve("samples/" + sample);
        Path work = Files.createDirectories(WORK.resolve(sample + "/split"));
        CodeGraph graph = Analyzer.analyze(AnalyzerOptions.of(dir).withGitCommits(0));
        Plan plan = Splitter.split(graph, SplitOptions.defaults());
        runs(dir, plan, work, false);
    }

    /** @param remote whether some business call must have been served by another service (the reference plans'). */
    private static void runs(Path sample, Plan plan, Path work, boolean remote) throws Exception {
        List<Path> classpath = Samples.classpath(sample, work);
        GeneratedSystem system = GeneratedSystem.generate(sample, plan, work, classpath);
        system.build();
        try (RunningSystem running = new RunningSystem(work.resolve("logs"))) {
            system.start(running);
            system.replayScenarios(running);
            if (remote) {
                Map<String, Long> served = system.servedCalls(running);
                assertThat(served.values().stream().mapToLong(Long::longValue).sum())
                        .as("business calls served to other services, per service: " + served).isPositive();
            }
        }
    }
}
