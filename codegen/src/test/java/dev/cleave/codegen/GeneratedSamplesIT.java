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
import org.junit.jupiter.api.Test;
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
    @ValueSource(strings = {"bike-rental", "travel-desk", "clinic-scheduler"})
    void referencePlanBehavesLikeTheMonolithBehindTheGateway(String sample) throws Exception {
        Path dir = Samples.repo().resolve("samples/" + sample);
        Path work = Files.createDirectories(WORK.resolve(sample + "/expected"));
        runs(dir, PlanJson.read(dir.resolve("expected.json")), work, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bike-rental", "travel-desk", "clinic-scheduler"})
    void splittersOwnPlanBehavesLikeTheMonolithBehindTheGateway(String sample) throws Exception {
        Path dir = Samples.repo().resolve("samples/" + sample);
        Path work = Files.createDirectories(WORK.resolve(sample + "/split"));
        CodeGraph graph = Analyzer.analyze(AnalyzerOptions.of(dir).withGitCommits(0));
        Plan plan = Splitter.split(graph, SplitOptions.defaults());
        runs(dir, plan, work, false);
    }

    /**
     * The plan's wiring switched per edge (travel-desk: bookings reaches customers' repository over HTTP, entity
     * results included, and runs payments' PaymentService in-process over the shared database) still behaves like
     * the monolith; the remote repository is what the services must have served to each other.
     */
    @Test
    void wiringSwitchedBetweenLocalAndRemoteBehavesLikeTheMonolith() throws Exception {
        Path dir = Samples.repo().resolve("samples/travel-desk");
        Path work = Files.createDirectories(WORK.resolve("travel-desk/switched"));
        runs(dir, WiringSwitchTest.switched(dir), work, true);
    }

    /**
     * A Gradle monolith (bike-rental's sources under the Kotlin-DSL build Spring Initializr would write for them, no
     * pom.xml) becomes Maven services that behave like it: the generator reads the Gradle build as its Maven
     * equivalent.
     */
    @Test
    void aGradleMonolithBecomesMavenServicesThatBehaveLikeIt() throws Exception {
        Path sample = Samples.repo().resolve("samples/bike-rental");
        Path work = Files.createDirectories(WORK.resolve("gradle/expected"));
        Path monolith = work.resolve("bike-rental");
        copy(sample.resolve("src/main"), monolith.resolve("src/main"));
        Files.copy(sample.resolve("scenarios.json"), monolith.resolve("scenarios.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(monolith.resolve("build.gradle.kts"), """
                plugins {
                    java
                    id("org.springframework.boot") version "4.0.7"
                    id("io.spring.dependency-management") version "1.1.7"
                }
                group = "com.example"
                version = "0.1.0-SNAPSHOT"
                val webjarsBootstrapVersion = "5.3.8"
                java {
                    toolchain {
                        languageVersion = JavaLanguageVersion.of(17)
                    }
                }
                repositories {
                    mavenCentral()
                }
                dependencies {
                    implementation("org.springframework.boot:spring-boot-starter-actuator")
                    implementation("org.springframework.boot:spring-boot-starter-webmvc")
                    implementation("org.springframework.boot:spring-boot-starter-thymeleaf")
                    implementation("org.springframework.boot:spring-boot-starter-data-jpa")
                    implementation("org.springframework.boot:spring-boot-starter-validation")
                    implementation("org.webjars.npm:bootstrap:$webjarsBootstrapVersion")
                    implementation("org.webjars:webjars-locator-lite")
                    runtimeOnly("com.h2database:h2")
                    developmentOnly("org.springframework.boot:spring-boot-devtools")
                    testImplementation("org.springframework.boot:spring-boot-starter-webmvc-test")
                }
                """);
        List<Path> classpath = Samples.classpath(sample, work);
        GeneratedSystem system = GeneratedSystem.generate(monolith, PlanJson.read(sample.resolve("expected.json")),
                work, classpath);
        assertThat(Files.readString(system.out().resolve("README.md"))).contains("builds with Gradle");
        system.build();
        try (RunningSystem running = new RunningSystem(work.resolve("logs"))) {
            system.start(running);
            system.replayScenarios(running);
        }
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
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
