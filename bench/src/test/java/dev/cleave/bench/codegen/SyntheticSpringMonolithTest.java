package dev.cleave.bench.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic monolith's sources and plan depend on the spec only; no benchmark runs here. */
class SyntheticSpringMonolithTest {

    @Test
    void sameSpecWritesTheSameBytesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
        var spec = new SyntheticSpringMonolith.Spec(6_000, 4, 7);
        var first = SyntheticSpringMonolith.write(spec, dir.resolve("a"));
        var second = SyntheticSpringMonolith.write(spec, dir.resolve("b"));
        SyntheticSpringMonolith.write(new SyntheticSpringMonolith.Spec(6_000, 4, 8), dir.resolve("c"));

        assertThat(files(dir.resolve("b"))).isEqualTo(files(dir.resolve("a")));
        assertThat(files(dir.resolve("c"))).isNotEqualTo(files(dir.resolve("a")));
        assertThat(second).isEqualTo(first);
        assertThat(first.javaLines()).isGreaterThanOrEqualTo(6_000);
        assertThat(PlanJson.read(dir.resolve("a/plan.json"))).isEqualTo(first.plan());
    }

    @Test
    void planPlacesEveryTopLevelTypeOnceWithOneServicePerCapability(@TempDir Path dir) throws IOException {
        var written = SyntheticSpringMonolith.write(new SyntheticSpringMonolith.Spec(4_000, 3, 1), dir);
        Plan plan = written.plan();
        List<String> placed = new ArrayList<>(plan.shared());
        plan.services().stream().map(Service::classes).forEach(placed::addAll);
        List<String> types = files(dir).keySet().stream().filter(f -> f.startsWith("src/main/java/"))
                .map(f -> f.substring("src/main/java/".length(), f.length() - ".java".length()).replace('/', '.'))
                .sorted().toList();

        assertThat(placed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(types);
        assertThat(plan.services()).hasSize(written.capabilities());
        assertThat(written.javaFiles()).isEqualTo(types.size());
        assertThat(Files.readString(dir.resolve(
                "src/main/java/com/acme/synth/SynthApplication.java"))).contains("@SpringBootApplication");
        assertThat(dir.resolve("pom.xml")).exists();
        assertThat(dir.resolve("src/main/resources/application.properties")).exists();
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        }
        return files;
    }
}
