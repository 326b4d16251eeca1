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

    /** A service named like a generated unit overwrote its files (kustomization) or failed obscurely (gateway). */
    @Test
    void aServiceNamedLikeAGeneratedUnitIsRejectedWithTheFix() {
        for (String name : List.of("kustomization", "gateway", "database")) {
            Plan bad = plan.withServices(List.of(plan.services().get(0), new Service(name,
                    plan.services().get(1).classes(), List.of(), List.of(), 0, java.util.Map.of())));
            assertThatThrownBy(() -> Generator.generate(null, bad, options(dir.resolve("out"))))
                    .isInstanceOf(GenerationException.class)
                    .hasMessageContaining("service name '" + name + "' is reserved")
                    .hasMessageContaining(name + "-service");
            assertThat(dir.resolve("out")).doesNotExist();
        }
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

    /** A forged marker cannot make generate delete outside the output (issue 14, bad input 1). */
    @Test
    void aMarkerListingFilesOutsideTheOutputIsRefusedAndNothingOutsideIsTouched() throws IOException {
        Path out = dir.resolve("system");
        Generator.generate(null, plan, options(out));
        Path keep = Files.writeString(dir.resolve("keep.txt"), "mine");
        String marker = Files.readString(out.resolve(".cleave-generated"));
        for (String forged : List.of("../keep.txt", keep.toString(), "services/../../keep.txt")) {
            Files.writeString(out.resolve(".cleave-generated"), marker + forged + "\n");
            assertThatThrownBy(() -> Generator.generate(null, plan, options(out)))
                    .isInstanceOf(GenerationException.class).hasMessageContaining(forged)
                    .hasMessageContaining("not a file inside the output");
            assertThat(Files.readString(keep)).isEqualTo("mine");
        }
    }

    /** A symbolic link planted in an earlier output cannot make generate write or delete through it. */
    @Test
    void aSymbolicLinkInsideAnEarlierOutputIsRefused() throws IOException {
        Path out = dir.resolve("system");
        Generator.generate(null, plan, options(out));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path service = out.resolve("services/names");
        Path moved = Files.move(service, dir.resolve("names-moved"));
        Files.createSymbolicLink(service, elsewhere);
        assertThatThrownBy(() -> Generator.generate(null, plan, options(out)))
                .isInstanceOf(GenerationException.class).hasMessageContaining("symbolic link")
                .hasMessageContaining(service.toString());
        try (var files = Files.list(elsewhere)) {
            assertThat(files).as("nothing written through the link").isEmpty();
        }
        assertThat(moved).isDirectory();
    }

    /**
     * A generation killed before its journal leaves the previous output (the next one drops the staging); killed
     * after it, the next one finishes it first (issue 14, bad input 2: before, a killed generation left old and new
     * files mixed and the next run refused the folder).
     */
    @Test
    void aKilledGenerationIsUndoneOrFinishedByTheNextOne() throws IOException {
        Path out = dir.resolve("system");
        Generator.generate(null, plan, options(out));
        String readme = Files.readString(out.resolve("README.md"));
        Path staging = out.resolve(".cleave-staging");
        Files.createDirectories(staging.resolve("services/names"));
        Files.writeString(staging.resolve("README.md"), "half-written new readme");
        Files.writeString(out.resolve("pom.xml.cleave-tmp"), "left by an older version");

        assertThat(Generator.generate(null, plan, options(out)).written()).as("nothing changed").isEmpty();
        assertThat(Files.readString(out.resolve("README.md"))).isEqualTo(readme);
        assertThat(staging).doesNotExist();
        assertThat(out.resolve("pom.xml.cleave-tmp")).doesNotExist();

        Files.createDirectories(staging);
        Files.writeString(staging.resolve("NEW.md"), "a file of the killed generation");
        Files.writeString(staging.resolve(".journal"), "keep NEW.md\n");
        Generator.generate(null, plan, options(out));
        assertThat(staging).doesNotExist();
        assertThat(out.resolve("NEW.md")).as("moved in by the roll-forward, then deleted: no longer generated")
                .doesNotExist();
        assertThat(Files.readString(out.resolve(".cleave-generated"))).doesNotContain("NEW.md");
    }

    private static GenerateOptions options(Path out) {
        return GenerateOptions.of(FIXTURE.resolve("input"), out);
    }
}
