package dev.cleave.cli;

import dev.cleave.model.GraphJson;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** split, compare and metrics on the bundled servlet sample, through the real command line. */
class SplitCommandsTest {
    private static final Path LIBRARY = Path.of("../samples/servlet-library");

    @TempDir
    static Path tmp;
    private static Path graph;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void analyzeOnce() {
        graph = tmp.resolve("graph.json");
        int code = Main.run(new String[]{"analyze", LIBRARY.toString(), "-o", graph.toString(), "--git-commits", "0", "-q"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
    }

    private int cleave(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void splitWritesAPlanAndPrintsServicesAndMetrics() {
        Path plan = tmp.resolve("plan.json");
        assertThat(cleave("split", graph.toString(), "-o", plan.toString())).as(err.toString()).isZero();
        Plan written = PlanJson.read(plan);
        assertThat(written.services()).hasSizeGreaterThan(1);
        assertThat(written.graphFingerprint()).startsWith("sha256:");
        assertThat(out.toString()).contains("service", "(shared library)", "Metrics: SM", "NED", "Wrote " + plan);
    }

    /** Issue 14, bad input 5 and 9: the graph being split, a device or a link as -o. */
    @Test
    void splitRefusesToReplaceItsInputOrWhatIsNotARegularFile() throws IOException {
        String before = Files.readString(graph);
        assertThat(cleave("split", graph.toString(), "-o", graph.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is the graph being split");
        assertThat(Files.readString(graph)).isEqualTo(before);
        assertThat(cleave("split", graph.toString(), "-o", "/dev/full")).isEqualTo(1);
        assertThat(err.toString()).contains("/dev/full is not a regular file");
        assertThat(out.toString()).doesNotContain("Wrote /dev/full");
        Path link = Files.createSymbolicLink(tmp.resolve("link.json"), tmp.resolve("elsewhere.json"));
        assertThat(cleave("split", graph.toString(), "-o", link.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is a symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    /** Issue 14, bad input 7: all metrics zero and rc 0 for a plan of another project. */
    @Test
    void metricsOfAPlanAgainstAnotherProjectsGraphSaysSo() {
        assertThat(cleave("metrics", Path.of("../samples/travel-desk/expected.json").toString(), "--graph",
                graph.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("the plan was made for another project");
    }

    /** Issue 14, bad input 6: a project folder given as a symbolic link found no sources. */
    @Test
    void aProjectFolderGivenAsALinkIsAnalyzed() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("library-link"), LIBRARY.toAbsolutePath());
        Path linked = tmp.resolve("linked-graph.json");
        assertThat(cleave("analyze", link.toString(), "-o", linked.toString(), "--git-commits", "0", "-q"))
                .as(err.toString()).isZero();
        assertThat(Files.readString(linked)).contains("org.example.library.web.LoanServlet");
    }

    @Test
    void splitOfAProjectTellsWhetherThePlanCanBeGenerated() {
        Path plan = tmp.resolve("library-plan.json");
        StringWriter printed = new StringWriter();
        // as System.out is given by Main: no automatic flush, so whatever the command prints last must be flushed
        assertThat(Main.run(new String[]{"split", LIBRARY.toString(), "-o", plan.toString(), "--git-commits", "0"},
                new PrintWriter(printed), new PrintWriter(err, true))).as(err.toString()).isZero();
        assertThat(printed.toString()).contains("Wrote " + plan, "Generation: ready",
                "the JDBC URL goes through dev.cleave.runtime.LegacyDatabase.url");
        out.getBuffer().setLength(0);
        assertThat(cleave("split", LIBRARY.toString(), "-o", plan.toString(), "--git-commits", "0",
                "--no-readiness")).isZero();
        assertThat(out.toString()).doesNotContain("Generation:");
    }

    @Test
    void splitWithAFixedNumberOfServicesAndTheSameSeedIsRepeatable() throws IOException {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        assertThat(cleave("split", graph.toString(), "-o", a.toString(), "--services", "3", "--seed", "7")).isZero();
        assertThat(cleave("split", graph.toString(), "-o", b.toString(), "--services", "3", "--seed", "7")).isZero();
        assertThat(PlanJson.read(a).services()).hasSize(3);
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
    }

    @Test
    void compareAgainstTheReferencePrintsMoJoFm() {
        Path plan = tmp.resolve("cmp.json");
        assertThat(cleave("split", graph.toString(), "-o", plan.toString())).isZero();
        out.getBuffer().setLength(0);
        assertThat(cleave("compare", plan.toString(), LIBRARY.resolve("expected.json").toString())).isZero();
        assertThat(out.toString()).startsWith("MoJoFM ").contains("Services (candidate -> reference):")
                .containsPattern("Package baseline: MoJoFM \\d+\\.\\d .*the plan adds \\+\\d+\\.\\d\\)");
        assertThat(cleave("compare", LIBRARY.resolve("expected.json").toString(),
                LIBRARY.resolve("expected.json").toString())).isZero();
        assertThat(out.toString()).contains("MoJoFM 100.0");
    }

    @Test
    void metricsScoresAHandWrittenReference() {
        assertThat(cleave("metrics", LIBRARY.resolve("expected.json").toString(), "--graph", graph.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("circulation", "Metrics: SM", "table ownership",
                "5 calls from a transactional class to a business class of another service",
                "org.example.library.ejb.CirculationManagerBean -> org.example.library.ejb.BillingFacade"
                        + " (service 'circulation' -> 'billing')");
    }

    @Test
    void moreServicesThanClassesIsABadInput() {
        assertThat(cleave("split", graph.toString(), "-o", tmp.resolve("x.json").toString(), "--services", "100000"))
                .isEqualTo(UserErrors.BAD_INPUT);
        assertThat(err.toString()).startsWith("cleave: ").contains("100000").doesNotContain("\tat ");
    }

    @Test
    void aMalformedOrForeignGraphIsABadInputNamingTheFile() throws IOException {
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"schemaVersion\": 1, \"nodes\": [");
        assertThat(cleave("split", broken.toString(), "-o", tmp.resolve("y.json").toString())).isEqualTo(UserErrors.BAD_INPUT);
        assertThat(err.toString()).contains("broken.json", "not valid JSON").doesNotContain("\tat ");
        Path future = Files.writeString(tmp.resolve("future.json"),
                GraphJson.toJson(GraphJson.read(graph)).replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 9"));
        assertThat(cleave("split", future.toString(), "-o", tmp.resolve("z.json").toString())).isEqualTo(UserErrors.BAD_INPUT);
        assertThat(err.toString()).contains("schema version 9");
    }

    @Test
    void aPlanWithAClassInTwoServicesIsRejected() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad-plan.json"), """
                {"schemaVersion": 1, "services": [{"name": "a", "classes": ["x.X"]}, {"name": "b", "classes": ["x.X"]}]}
                """);
        assertThat(cleave("metrics", bad.toString(), "--graph", graph.toString())).isEqualTo(UserErrors.BAD_INPUT);
        assertThat(err.toString()).contains("bad-plan.json", "x.X");
    }
}
