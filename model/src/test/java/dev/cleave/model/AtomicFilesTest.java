package dev.cleave.model;

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
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a regular file");

        assertThat(file).hasContent("old");
        assertThat(dir.resolve("folder")).isEmptyDirectory();
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("plan.json", "folder");
    }

    /**
     * Issue 14, bad input 5 and 9: {@code -o} at a symbolic link, a pipe or a device was replaced by a regular file
     * ("Wrote /dev/full"); a rewritten file became private (0600) whatever it was; killed writes left temporary files
     * that later runs kept.
     */
    @Test
    void onlyRegularFilesAreReplacedKeepingTheirPermissionsAndOldLeftoversGo() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "real");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        assertThatThrownBy(() -> AtomicFiles.write(link, "new".getBytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("real");
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThatThrownBy(() -> AtomicFiles.write(fifo, "new".getBytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> AtomicFiles.write(Path.of("/dev/full"), "new".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);

        java.util.Set<java.nio.file.attribute.PosixFilePermission> shared =
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(real, shared);
        Path killed = AtomicFiles.tempFile(real);
        AtomicFiles.write(real, "new".getBytes());
        assertThat(Files.getPosixFilePermissions(real)).isEqualTo(shared);
        assertThat(killed).as("a killed write's temporary file of the same target").doesNotExist();
        Path fresh = dir.resolve("fresh.json");
        AtomicFiles.write(fresh, "x".getBytes());
        Path plain = Files.createFile(dir.resolve("plain.json"));
        assertThat(Files.getPosixFilePermissions(fresh)).as("the process's defaults (umask), not the JDK's private temp")
                .isEqualTo(Files.getPosixFilePermissions(plain));
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
