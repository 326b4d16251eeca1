package dev.cleave.analyzer;

import dev.cleave.model.CodeGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whole runs: determinism, inputs that cannot be analyzed, and bad files that must not stop a run. */
class AnalysisRunTest {

    @ParameterizedTest
    @ValueSource(strings = {"inner-and-anonymous", "call-operations"})
    void twoRunsWithDifferentThreadCountsGiveIdenticalJson(String scenario) {
        String one = Fixtures.neutralJson(Analyzer.analyze(Fixtures.options(scenario).withThreads(1)));
        String two = Fixtures.neutralJson(Analyzer.analyze(Fixtures.options(scenario).withThreads(4)));
        assertThat(two).isEqualTo(one).contains("\"operations\"");
    }

    @Test
    void aMissingFolderIsRejectedWithItsName(@TempDir Path dir) {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> Analyzer.analyze(AnalyzerOptions.of(missing)))
                .isInstanceOf(AnalyzerException.class).hasMessageContaining("nope");
    }

    @Test
    void aFolderWithoutJavaSourcesIsRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("README.txt"), "no code here");
        assertThatThrownBy(() -> Analyzer.analyze(AnalyzerOptions.of(dir)))
                .isInstanceOf(AnalyzerException.class).hasMessageContaining(dir.getFileName().toString());
    }

    @Test
    void aMissingClasspathEntryIsRejectedWithItsName(@TempDir Path dir) {
        assertThatThrownBy(() -> Analyzer.analyze(Fixtures.options("overloads")
                .withClasspath(java.util.List.of(dir.resolve("lib.jar")))))
                .isInstanceOf(AnalyzerException.class).hasMessageContaining("lib.jar");
    }

    @Test
    void badFilesAreReportedAndTheOthersStillAnalyzed(@TempDir Path dir) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/main/java/p"));
        Files.writeString(src.resolve("A.java"), "package p;\npublic class A { void f(B b) { b.g(); } }\n");
        Files.writeString(src.resolve("B.java"), "package p;\npublic class B { void g() {} }\n");
        Files.writeString(src.resolve("Junk.java"), "package p;\n%%% this is not Java at all {{{\n");
        Files.write(src.resolve("Bin.java"), new byte[]{(byte) 0xCA, (byte) 0xFE, 0, 1, (byte) 0xFF});
        CodeGraph g = Analyzer.analyze(AnalyzerOptions.of(dir).withGitCommits(0));
        assertThat(Fixtures.weight(g, "p.A", "p.B", dev.cleave.model.EdgeKind.CALL)).isEqualTo(1);
        assertThat(g.stats().files()).isEqualTo(4);
        assertThat(g.stats().problems()).extracting(p -> p.file())
                .contains("src/main/java/p/Junk.java", "src/main/java/p/Bin.java");
        assertThat(g.stats().problems()).filteredOn(p -> p.file().endsWith("Junk.java"))
                .allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void aFileThatBreaksTheAnalysisIsReportedAndTheOthersStillAnalyzed(@TempDir Path dir) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/main/java/p"));
        Files.writeString(src.resolve("A.java"), "package p;\npublic class A { void f(B b) { b.g(); } }\n");
        Files.writeString(src.resolve("B.java"), "package p;\npublic class B { void g() {} }\n");
        String sum = String.join("+", java.util.Collections.nCopies(200_000, "1"));
        Files.writeString(src.resolve("Deep.java"), "package p;\npublic class Deep { int f() { return " + sum
                + "; } }\n");
        CodeGraph g = Analyzer.analyze(AnalyzerOptions.of(dir).withGitCommits(0));
        assertThat(g.stats().problems()).extracting(p -> p.file()).containsExactly("src/main/java/p/Deep.java");
        assertThat(Fixtures.weight(g, "p.A", "p.B", dev.cleave.model.EdgeKind.CALL)).isEqualTo(1);
    }

    @Test
    void libraryTypesComeFromTheGivenClassFolder(@TempDir Path dir) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/main/java/p"));
        Files.writeString(src.resolve("A.java"), "package p;\nimport lib.Helper;\n"
                + "public class A { int f(Helper h) { return h.twice(2).length(); } }\n");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        compile(dir.resolve("lib-src"), classes,
                "package lib; public class Helper { public String twice(int x) { return \"\" + x + x; } }");
        CodeGraph g = Analyzer.analyze(AnalyzerOptions.of(dir.resolve("src")).withGitCommits(0)
                .withClasspath(java.util.List.of(classes)));
        assertThat(g.stats().methodCalls().external()).isEqualTo(2);
        assertThat(g.stats().methodCalls().unresolved()).isZero();
        assertThat(g.project().classpath()).containsExactly(classes.toString());
    }

    private static void compile(Path srcDir, Path out, String source) throws IOException {
        Path file = Files.createDirectories(srcDir.resolve("lib")).resolve("Helper.java");
        Files.writeString(file, source);
        int rc = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(),
                file.toString());
        assertThat(rc).isZero();
    }
}
