package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.PlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the generated tree of a small fixture: {@code golden/<name>/input} (a monolith) and {@code plan.json} are
 * generated and compared file by file with {@code golden/<name>/expected}. Run with {@code -Dcleave.golden.update}
 * to rewrite the expected tree after an intended change, and review the diff.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    /** Random at the first generation (checked for its form, not pinned). */
    private static final String SECRET = "deploy/k8s/rpc-secret.env";

    @TempDir
    Path out;

    @Test
    void greetingsAndNames() throws IOException {
        assertGolden("greetings-and-names");
    }

    @Test
    void generatingAgainOverItsOwnOutputChangesNothing() {
        Path fixture = GOLDEN.resolve("greetings-and-names");
        GenerateOptions options = GenerateOptions.of(fixture.resolve("input"), out.resolve("system"));
        var plan = PlanJson.read(fixture.resolve("plan.json"));
        assertThat(Generator.generate(null, plan, options).written()).isNotEmpty();
        GenerationResult again = Generator.generate(null, plan, options);
        assertThat(again.written()).isEmpty();
        assertThat(again.deleted()).isEmpty();
        assertThat(again.unchanged()).isGreaterThan(20);
    }

    @Test
    void theSystemsSecretIsMadeOnceAndKeptByEveryLaterGeneration() throws IOException {
        Path fixture = GOLDEN.resolve("greetings-and-names");
        var plan = PlanJson.read(fixture.resolve("plan.json"));
        Generator.generate(null, plan, GenerateOptions.of(fixture.resolve("input"), out.resolve("a")));
        Generator.generate(null, plan, GenerateOptions.of(fixture.resolve("input"), out.resolve("b")));
        String first = Files.readString(out.resolve("a").resolve(SECRET));
        assertThat(first).isNotEqualTo(Files.readString(out.resolve("b").resolve(SECRET)));
        Generator.generate(null, plan, GenerateOptions.of(fixture.resolve("input"), out.resolve("a")));
        assertThat(Files.readString(out.resolve("a").resolve(SECRET))).isEqualTo(first);
        assertThat(Files.readString(out.resolve("a/services/names/src/main/resources/application.properties")))
                .as("never compiled into a service").doesNotContain(first.substring(first.indexOf('=') + 1));
    }

    private void assertGolden(String name) throws IOException {
        Path fixture = GOLDEN.resolve(name);
        Path actual = out.resolve("system");
        Generator.generate(null, PlanJson.read(fixture.resolve("plan.json")),
                GenerateOptions.of(fixture.resolve("input"), actual));
        Path expected = fixture.resolve("expected");
        assertThat(Files.readString(actual.resolve(SECRET))).as("a new random secret per system")
                .matches("CLEAVE_RPC_SECRET=[0-9a-f]{64}\n");
        Files.delete(actual.resolve(SECRET));
        if (System.getProperty("cleave.golden.update") != null) {
            update(actual, expected);
        }
        assertThat(files(actual)).containsExactlyElementsOf(files(expected));
        for (String file : files(expected)) {
            assertThat(Files.readString(actual.resolve(file))).as(file).isEqualTo(Files.readString(expected.resolve(file)));
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        }
    }

    private static void update(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> walk = Files.walk(to)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        for (String file : files(from)) {
            Files.createDirectories(to.resolve(file).getParent());
            Files.copy(from.resolve(file), to.resolve(file));
        }
    }
}
