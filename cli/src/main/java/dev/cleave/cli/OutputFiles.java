package dev.cleave.cli;

import dev.cleave.model.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes command output files atomically ({@link AtomicFiles}): a failed write leaves the previous file as it was. */
final class OutputFiles {
    private OutputFiles() {
    }

    /** @throws IllegalArgumentException when the target is a folder, a symbolic link, a pipe or a device */
    static void write(Path file, String text) {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("output " + file + " is a folder: give a file name with -o");
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
