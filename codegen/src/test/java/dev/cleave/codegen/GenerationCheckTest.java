package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether a plan can be generated is told before generating, and nothing is written while telling it. */
class GenerationCheckTest {
    @TempDir
    Path dir;

    @Test
    void aPlanThatCanBeGeneratedGetsEachServicesMakeUpAndTheWarnings() {
        Path sample = Samples.repo().resolve("samples/travel-desk");
        Path out = dir.resolve("out");
        GenerationCheck check = Generator.check(null, PlanJson.read(sample.resolve("expected.json")),
                GenerateOptions.of(sample, out));
        assertThat(check.ready()).as(String.valueOf(check.refusal())).isTrue();
        assertThat(check.services()).extracting(GenerationCheck.ServiceSummary::name)
                .containsExactly("bookings", "catalog", "customers", "payments");
        GenerationCheck.ServiceSummary bookings = check.services().get(0);
        assertThat(bookings.calls()).contains("payments");
        assertThat(bookings.copies()).isPositive();
        assertThat(check.warningsOf("bookings")).isNotEmpty().allMatch(w -> w.contains("service 'bookings'"));
        assertThat(out).as("nothing written").doesNotExist();
    }

    @Test
    void aMonolithThatIsNeitherBootNorAServletApplicationIsRefusedBeforeItIsParsed() throws Exception {
        Path root = dir.resolve("batch");
        TinyMonoliths.write(root, "pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId>"
                + "<artifactId>batch</artifactId><version>1</version></project>");
        TinyMonoliths.write(root, "src/main/java/x/Batch.java", "package x; public class Batch { }");
        GenerationCheck check = Generator.check(null, Plan.of(List.of(Service.of("batch", List.of("x.Batch"))),
                List.of()), GenerateOptions.of(root, dir.resolve("out")));
        assertThat(check.ready()).isFalse();
        assertThat(check.refusal()).contains("neither a @SpringBootApplication class nor servlets",
                "can be analyzed, split and checked");
        assertThat(check.services()).isEmpty();
    }

    /**
     * servlet-library opens its in-memory database by a URL in its code and its own properties file: each service
     * would have an empty database of its own, so it is refused with the reason, before anything is written.
     */
    @Test
    void aServletApplicationWhoseInMemoryDatabaseIsNamedOutsideItsContextParametersIsRefused() {
        Path sample = Samples.repo().resolve("samples/servlet-library");
        GenerationCheck check = Generator.check(null, PlanJson.read(sample.resolve("expected.json")),
                GenerateOptions.of(sample, dir.resolve("out")));
        assertThat(check.ready()).isFalse();
        assertThat(check.refusal()).contains("jdbc:h2:mem:library",
                "src/main/java/org/example/library/db/ConnectionProvider.java:", "not in a context parameter",
                "an empty database of its own");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aPlanNamingClassesTheSourcesLackIsRefusedWithTheFix() throws Exception {
        Path sample = Samples.repo().resolve("samples/travel-desk");
        Plan plan = Plan.of(List.of(Service.of("ghosts", List.of("com.acme.travel.Nowhere"))), List.of());
        GenerationCheck check = Generator.check(null, plan, GenerateOptions.of(sample, dir.resolve("out")));
        assertThat(check.refusal()).contains("com.acme.travel.Nowhere", "re-run the split");
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }
}
