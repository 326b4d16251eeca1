package dev.cleave.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The corpus's line counting and its choice of files; no benchmark runs here. */
class CorpusTest {

    @Test
    void countsPhysicalLinesWhateverTheTerminator() {
        assertThat(lines("")).isZero();
        assertThat(lines("a")).isEqualTo(1);
        assertThat(lines("a\n")).isEqualTo(1);
        assertThat(lines("a\nb")).isEqualTo(2);
        assertThat(lines("a\r\nb\r\n")).isEqualTo(2);
        assertThat(lines("a\rb\r")).isEqualTo(2);
        assertThat(lines("\n\n\n")).isEqualTo(3);
        assertThat(lines("a\r\n\r\nb")).isEqualTo(3);
    }

    @Test
    void takesJavaFilesDirectlyInsideTheListedPackagesOnly() {
        assertThat(Corpus.subsetPath("java.base/java/util/ArrayList.java")).isEqualTo("java/util/ArrayList.java");
        assertThat(Corpus.subsetPath("java.base/java/time/chrono/Era.java")).isEqualTo("java/time/chrono/Era.java");
    }

    @Test
    void leavesOutOtherPackagesModulesAndNonJavaFiles() {
        assertThat(Corpus.subsetPath("java.base/java/util/regex/Pattern.java")).isNull();
        assertThat(Corpus.subsetPath("java.base/java/lang/invoke/MethodHandle.java")).isNull();
        assertThat(Corpus.subsetPath("java.base/module-info.java")).isNull();
        assertThat(Corpus.subsetPath("java.sql/java/sql/Date.java")).isNull();
        assertThat(Corpus.subsetPath("java.base/java/util/doc-files/coll-index.html")).isNull();
        assertThat(Corpus.subsetPath("java.base/java/util/snippet-files/Snippets.java")).isNull();
    }

    @Test
    void neverLetsAnEntryEscapeTheTargetFolder() {
        assertThat(Corpus.subsetPath("java.base/java/util/../../../../etc/X.java")).isNull();
    }

    private static long lines(String text) {
        return Corpus.countLines(text.getBytes(StandardCharsets.UTF_8));
    }
}
