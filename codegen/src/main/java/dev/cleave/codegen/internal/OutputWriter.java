package dev.cleave.codegen.internal;

import dev.cleave.codegen.GenerationException;
import dev.cleave.codegen.GenerationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a generated tree into the output directory, touching only what changed. The marker file lists the files of
 * the last generation: it proves the directory is Cleave's, and lets a new generation delete what it no longer
 * produces. A directory without the marker must be empty; a file Cleave did not write is never overwritten.
 */
public final class OutputWriter {
    private final Path dir;
    private final String marker;

    public OutputWriter(Path dir, String marker) {
        this.dir = dir;
        this.marker = marker;
    }

    /** Checks the directory before anything is generated. */
    public Set<String> check() {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new GenerationException("output " + dir + " is a file; pass a directory (new, empty, or an earlier"
                    + " Cleave output)");
        }
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        Path markerFile = dir.resolve(marker);
        if (!Files.isRegularFile(markerFile)) {
            if (!list().isEmpty()) {
                throw new GenerationException("output " + dir + " holds files Cleave did not generate (no " + marker
                        + "); pass a new or empty directory, nothing was written");
            }
            return Set.of();
        }
        return new TreeSet<>(Arrays.asList(read(markerFile).split("\n"))).stream().filter(s -> !s.isBlank())
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    public GenerationResult write(SortedMap<String, byte[]> files, List<String> warnings) {
        Set<String> previous = check();
        for (String path : files.keySet()) {
            if (!previous.contains(path) && Files.exists(dir.resolve(path))) {
                throw new GenerationException("output file " + dir.resolve(path) + " was not written by Cleave and"
                        + " would be overwritten; move it away or pass another output directory");
            }
        }
        List<String> written = new ArrayList<>();
        int unchanged = 0;
        for (var e : files.entrySet()) {
            if (writeIfChanged(dir.resolve(e.getKey()), e.getValue())) {
                written.add(e.getKey());
            } else {
                unchanged++;
            }
        }
        List<String> deleted = new ArrayList<>();
        for (String old : previous) {
            if (!files.containsKey(old) && delete(dir.resolve(old))) {
                deleted.add(old);
            }
        }
        writeIfChanged(dir.resolve(marker), (String.join("\n", files.keySet()) + "\n").getBytes(StandardCharsets.UTF_8));
        return new GenerationResult(dir, written, deleted, unchanged, warnings);
    }

    private static boolean writeIfChanged(Path file, byte[] content) {
        try {
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
                return false;
            }
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".cleave-tmp");
            Files.write(tmp, content);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> list() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
