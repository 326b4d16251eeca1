package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.analyzer.Analyzer;
import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.model.Plan;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.splitter.Splitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every plan the splitter proposes with default settings generates, on every Spring Boot sample: the application
 * class, its runtime hints, configuration and classes the plan places nowhere all find a home, and every class of the
 * monolith is in the output. (The generated systems are run by the generated-system ITs.)
 */
class SplitterPlansGenerateTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"spring-shop", "bike-rental", "travel-desk"})
    void theSplittersDefaultPlanGenerates(String sample) throws IOException {
        Path monolith = Samples.repo().resolve("samples/" + sample);
        Plan plan = Splitter.split(Analyzer.analyze(AnalyzerOptions.of(monolith).withGitCommits(0)),
                SplitOptions.defaults());
        Path out = dir.resolve(sample);

        GenerationResult result = Generator.generate(null, plan, GenerateOptions.of(monolith, out));

        assertThat(result.written()).isNotEmpty();
        try (Stream<Path> sources = Files.walk(monolith.resolve("src/main/java"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(source -> {
                String relative = monolith.resolve("src/main/java").relativize(source).toString();
                try (Stream<Path> generated = Files.walk(out)) {
                    assertThat(generated.anyMatch(p -> p.endsWith(relative) && !p.toString().contains("/database/")))
                            .as(relative + " is generated somewhere").isTrue();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
