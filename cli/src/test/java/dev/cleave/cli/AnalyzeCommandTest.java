package dev.cleave.cli;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.GraphJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the real command line, with a real analysis, on projects written into a temporary folder. */
class AnalyzeCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int cleave(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path project() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("shop/src/main/java/shop"));
        Files.writeString(src.resolve("Order.java"), """
                package shop;
                public class Order {
                    private final Customer customer;
                    public Order(Customer customer) { this.customer = customer; }
                    public String owner() { return customer.name(); }
                }
                """);
        Files.writeString(src.resolve("Customer.java"), """
                package shop;
                public record Customer(String name) { }
                """);
        return tmp.resolve("shop");
    }

    @Test
    void writesTheGraphAndPrintsTheSummary() throws IOException {
        Path graphFile = tmp.resolve("out/graph.json");
        int code = cleave("analyze", project().toString(), "-o", graphFile.toString(), "--git-commits", "0");
        assertThat(code).as(err.toString()).isZero();
        CodeGraph graph = GraphJson.read(graphFile);
        assertThat(graph.nodes()).extracting(n -> n.id()).containsExactly("shop.Customer", "shop.Order");
        assertThat(out.toString()).contains("Analyzed shop", "2 files", "2 types", "Edges", "Method calls",
                "Wrote " + graphFile);
    }

    @Test
    void otherFormatsGoToStandardOutputWithTheSummaryOnTheErrorStream() throws IOException {
        int code = cleave("analyze", project().toString(), "--format", "mermaid", "-o", "-", "--git-commits", "0");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("flowchart LR\n").contains("[\"Order\"]", "-->|");
        assertThat(err.toString()).contains("Analyzed shop");
    }

    @Test
    void aMissingFolderIsABadInputWithoutStackTrace() {
        int code = cleave("analyze", tmp.resolve("nowhere").toString());
        assertThat(code).isEqualTo(UserErrors.BAD_INPUT);
        assertThat(err.toString()).startsWith("cleave: ").contains("nowhere").doesNotContain("\tat ");
    }

    @Test
    void aFolderWithoutJavaIsABadInput() throws IOException {
        Files.writeString(tmp.resolve("README.txt"), "no code here");
        int code = cleave("analyze", tmp.toString());
        assertThat(code).isEqualTo(UserErrors.BAD_INPUT);
        assertThat(err.toString()).contains("no Java").doesNotContain("\tat ");
    }

    @Test
    void aMissingClasspathEntryNamesTheOption() throws IOException {
        int code = cleave("analyze", project().toString(), "--classpath", tmp.resolve("lib.jar").toString());
        assertThat(code).isEqualTo(UserErrors.BAD_INPUT);
        assertThat(err.toString()).contains("lib.jar", "--classpath");
    }

    @Test
    void anUnknownFormatIsAUsageError() throws IOException {
        int code = cleave("analyze", project().toString(), "--format", "xls");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("xls");
    }

    @Test
    void withoutAFolderItAnalyzesTheBundledSample() {
        Path graphFile = tmp.resolve("sample.json");
        int code = cleave("analyze", "-o", graphFile.toString(), "--git-commits", "0");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Analyzed", "spring-shop");
        assertThat(GraphJson.read(graphFile).nodes()).hasSizeGreaterThan(100);
    }

    @Test
    void aSecondAnalysisReusesTheCacheAndWritesTheSameGraph() throws IOException {
        Path project = project();
        Path cache = tmp.resolve("cache");
        Path first = tmp.resolve("first.json");
        Path second = tmp.resolve("second.json");
        assertThat(cleave("analyze", project.toString(), "-o", first.toString(), "--git-commits", "0",
                "--cache", cache.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("cache: 0 of 2 files reused", "cache rebuilt: no cache yet");
        err.getBuffer().setLength(0);
        assertThat(cleave("analyze", project.toString(), "-o", second.toString(), "--git-commits", "0",
                "--cache", cache.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("cache: 2 of 2 files reused").doesNotContain("rebuilt");
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void theDefaultCacheLivesInTheProjectAndNoCacheKeepsNone() throws IOException {
        Path project = project();
        assertThat(cleave("analyze", project.toString(), "-o", tmp.resolve("g.json").toString(), "--git-commits",
                "0", "--no-cache")).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("cache:");
        assertThat(project.resolve(".cleave")).doesNotExist();
        assertThat(cleave("analyze", project.toString(), "-o", tmp.resolve("g.json").toString(), "--git-commits",
                "0")).as(err.toString()).isZero();
        assertThat(project.resolve(".cleave/cache/environment")).isRegularFile();
    }
}
