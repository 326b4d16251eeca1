package dev.cleave.analyzer.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {
    @TempDir
    Path root;

    @Test
    void utf8FileIsReadAsIsWithoutItsByteOrderMark() throws IOException {
        Path file = write("src/a/Café.java", "\uFEFFclass Café { String s = \"€\"; }".getBytes(StandardCharsets.UTF_8));

        SourceText text = SourceFiles.read(file, root, 1000);

        assertThat(text.relativePath()).isEqualTo("src/a/Café.java");
        assertThat(text.text()).contains("class Café { String s = \"€\"; }");
        assertThat(text.problems()).isEmpty();
    }

    @Test
    void latin1FileIsDecodedAsIso88591AndReported() throws IOException {
        Path file = write("A.java", "class A { String s = \"d\u00e9j\u00e0\"; }".getBytes(StandardCharsets.ISO_8859_1));

        SourceText text = SourceFiles.read(file, root, 1000);

        assertThat(text.text()).contains("class A { String s = \"d\u00e9j\u00e0\"; }");
        assertThat(text.problems()).containsExactly(new Problem("A.java", 0, "not valid UTF-8: read as ISO-8859-1"));
    }

    @Test
    void fileLargerThanTheLimitIsSkippedAndReported() throws IOException {
        Path file = write("Big.java", "class Big {}".getBytes(StandardCharsets.UTF_8));

        SourceText text = SourceFiles.read(file, root, 5);

        assertThat(text.text()).isEmpty();
        assertThat(text.problems()).containsExactly(
                new Problem("Big.java", 0, "skipped: 12 bytes is larger than the limit of 5 bytes"));
    }

    @Test
    void unreadableFileGivesEmptyTextAndAProblem() {
        SourceText text = SourceFiles.read(root.resolve("Gone.java"), root, 1000);

        assertThat(text.text()).isEmpty();
        assertThat(text.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("Gone.java");
            assertThat(p.reason()).startsWith("cannot read the file: ");
        });
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }
}
