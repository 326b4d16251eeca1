package dev.cleave.codegen.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Archives that GNU tar reads back with the same names, modes and contents, long and non-ASCII names included. */
class TarWriterTest {
    private static final String LONG_NAME = "opt/" + "very-long-directory-name/".repeat(6) + "file.txt";

    @Test
    void gnuTarListsLongAndNonAsciiNamesUnchanged() throws Exception {
        assertThat(LONG_NAME).as("longer than a ustar name field").hasSizeGreaterThan(100);
        Path archive = Files.createDirectories(Path.of("target", "tar-writer-test")).resolve("test.tar");
        try {
            Files.write(archive, archive());
            Process tar = new ProcessBuilder("tar", "-tf", archive.toString()).redirectErrorStream(true).start();
            String listing = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(tar.waitFor(1, TimeUnit.MINUTES)).isTrue();

            assertThat(tar.exitValue()).as(listing).isZero();
            assertThat(listing.lines()).containsExactly("etc/", "etc/passwd", LONG_NAME, "tmp/caf\u00e9.txt");
        } finally {
            Processes.deleteTree(archive.getParent());
        }
    }

    @Test
    void headersCarryModesSizesAndZeroTimesAndOwners() throws IOException {
        var entries = TarReader.read(archive());

        assertThat(entries.keySet()).containsExactly("etc/", "etc/passwd", LONG_NAME, "tmp/caf\u00e9.txt");
        assertThat(entries.get("etc/").type()).isEqualTo('5');
        assertThat(entries.get("etc/").mode()).isEqualTo(0755);
        assertThat(entries.get("etc/passwd").mode()).isEqualTo(0644);
        assertThat(new String(entries.get("etc/passwd").content(), StandardCharsets.UTF_8)).isEqualTo("root:x:0:0::/:\n");
        assertThat(entries.get(LONG_NAME).content()).hasSize(513);
        assertThat(entries.values()).allSatisfy(e -> assertThat(e.mtime() + e.uid() + e.gid()).isZero());
    }

    private static byte[] archive() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarWriter tar = new TarWriter(bytes)) {
            tar.directory("etc", 0755);
            tar.file("etc/passwd", 0644, "root:x:0:0::/:\n".getBytes(StandardCharsets.UTF_8));
            tar.file(LONG_NAME, 0600, new byte[513]);
            tar.file("tmp/caf\u00e9.txt", 0644, "x".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(bytes.size() % 512).isZero();
        return bytes.toByteArray();
    }
}
