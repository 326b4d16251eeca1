package dev.cleave.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class UiCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void clear() {
        System.clearProperty("cleave.ui.jar");
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aMissingWizardJarSaysHowToBuildIt(@TempDir Path dir) {
        System.setProperty("cleave.ui.jar", dir.resolve("nope.jar").toString());
        assertThat(run("ui", "--port", "9999")).isEqualTo(1);
        assertThat(err.toString()).contains("the wizard is not built").contains("nope.jar")
                .contains("mvn -pl web-ui -am package").doesNotContain("Exception");
    }

    @Test
    void aFileAsWorkspaceIsRefusedBeforeAnythingStarts(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("not-a-folder"), "x");
        System.setProperty("cleave.ui.jar", dir.resolve("nope.jar").toString());
        assertThat(run("ui", "--workspace", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is a file, not a folder").doesNotContain("Exception");
        assertThat(java.nio.file.Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        assertThat(run("ui", "--port", "70000")).isEqualTo(1);
        assertThat(err.toString()).contains("--port 70000 is not a TCP port");
    }
}
