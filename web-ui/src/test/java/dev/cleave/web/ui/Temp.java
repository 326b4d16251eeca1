package dev.cleave.web.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fresh folder under {@code target/} for a test class's workspace, made when the class loads: Spring reads the
 * workspace property before JUnit's {@code @TempDir} fields are set. Kept after the run for inspection.
 */
final class Temp {
    private Temp() {
    }

    static Path folder(String name) {
        try {
            Path parent = Files.createDirectories(Path.of("target", "test-workspaces"));
            return Files.createTempDirectory(parent, name + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
