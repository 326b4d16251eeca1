package dev.cleave.web.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Replacing a file leaves either the old or the new bytes, and no temporary files. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesANewFileAndReplacesAnOldOneLeavingNoTemporaryFile() throws IOException {
        Path file = dir.resolve("plan.json");

        AtomicFiles.write(file, "old".getBytes());
        AtomicFiles.write(file, "new".getBytes());

        assertThat(file).hasContent("new");
        assertThat(dir.toFile().list()).containsExactly("plan.json");
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndCleansUp() throws IOException {
        Path file = dir.resolve("plan.json");
        AtomicFiles.write(file, "old".getBytes());
        Files.createDirectory(dir.resolve("folder"));

        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("folder"), "new".getBytes()))
                .isInstanceOf(IOException.class);

        assertThat(file).hasContent("old");
        assertThat(dir.resolve("folder")).isEmptyDirectory();
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("plan.json", "folder");
    }

    @Test
    void leftoversOfAKilledWriterAreRecognisedAndDeleted() throws IOException {
        Path leftover = AtomicFiles.tempFile(dir.resolve("plan.json"));
        Files.writeString(dir.resolve("notes.tmp"), "not ours: not hidden");

        assertThat(AtomicFiles.isLeftover(leftover)).isTrue();
        AtomicFiles.deleteLeftovers(dir);

        assertThat(dir.toFile().list()).containsExactly("notes.tmp");
    }
}
