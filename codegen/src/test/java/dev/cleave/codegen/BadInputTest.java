package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad plans and unusable output directories fail with a message naming the input and the fix; nothing is written. */
class BadInputTest {
    private static final Path FIXTURE = Path.of("src/test/resources/golden/greetings-and-names");

    @TempDir
    Path dir;

    private final Plan plan = PlanJson.read(FIXTURE.resolve("plan.json"));

    @Test
    void aPlanNamingClassesMissingFromTheSourcesIsRejected() {
        Plan bad = plan.withServices(List.of(plan.services().get(0),
                plan.services().get(1).withClasses(List.of("demo.names.NameService", "demo.names.Ghost"))));
        assertThatThrownBy(() -> Generator.generate(null, bad, options(dir.resolve("out"))))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("demo.names.Ghost").hasMessageContaining("remove them from the plan");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aClassInTwoServicesIsRejected() {
        Plan bad = plan.withServices(List.of(plan.services().get(0), plan.services().get(1),
                Service.of("extra", List.of("demo.names.NameService"))));
        assertThatThrownBy(() -> Generator.generate(null, bad, options(dir.resolve("out"))))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("demo.names.NameService (service 'extra', service 'names')")
                .hasMessageContaining("exactly one service");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anOutputThatIsAFileIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> Generator.generate(null, plan, options(file)))
                .isInstanceOf(GenerationException.class).hasMessageContaining("is a file");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void anOutputHoldingUnrelatedFilesIsLeftAlone() throws IOException {
        Path out = Files.createDirectories(dir.resolve("project"));
        Files.writeString(out.resolve("pom.xml"), "user's own pom");
        assertThatThrownBy(() -> Generator.generate(null, plan, options(out)))
                .isInstanceOf(GenerationException.class).hasMessageContaining("Cleave did not generate");
        assertThat(Files.readString(out.resolve("pom.xml"))).isEqualTo("user's own pom");
        try (var files = Files.list(out)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aFileTheUserAddedToAnEarlierOutputIsNeverOverwritten() throws IOException {
        Path out = dir.resolve("system");
        Generator.generate(null, plan, options(out));
        Path readme = out.resolve("README.md");
        Files.delete(readme);
        Files.writeString(out.resolve(".cleave-generated"), Files.readString(out.resolve(".cleave-generated"))
                .replace("README.md\n", ""));
        Files.writeString(readme, "my notes");
        assertThatThrownBy(() -> Generator.generate(null, plan, options(out)))
                .isInstanceOf(GenerationException.class).hasMessageContaining("was not written by Cleave");
        assertThat(Files.readString(readme)).isEqualTo("my notes");
    }

    private static GenerateOptions options(Path out) {
        return GenerateOptions.of(FIXTURE.resolve("input"), out);
    }
}
