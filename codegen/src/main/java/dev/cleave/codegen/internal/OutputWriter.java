package dev.cleave.codegen.internal;

import dev.cleave.codegen.GenerationException;
import dev.cleave.codegen.GenerationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a generated tree into the output directory, touching only what changed, never anything outside it, and as
 * one step that a crash cannot leave half done.
 *
 * <p>The marker file lists the files of the last generation: it proves the directory is Cleave's, and lets a new
 * generation delete what it no longer produces. A directory without the marker must be empty; a file Cleave did not
 * write is never overwritten. Every path, from the tree or from the marker, must stay inside the directory: an
 * absolute path, a {@code ..} step or a symbolic link on the way is refused before anything is written (a forged
 * marker or a link planted in an earlier output cannot make Cleave delete or write elsewhere).
 *
 * <p>A generation first writes the files that change into {@value #STAGING} inside the directory, then the journal
 * {@value #JOURNAL} (the new marker and the files to delete), then moves the staged files into place, deletes, and
 * writes the marker. A generation killed before the journal leaves the previous output (the next one removes the
 * staging folder); killed after it, the next generation first finishes the moves. Either way the directory holds the
 * previous output or the new one once a generation has looked at it.
 */
public final class OutputWriter {
    static final String STAGING = ".cleave-staging";
    static final String JOURNAL = ".journal";
    private static final String DELETE = "delete ";
    private static final String KEEP = "keep ";

    private final Path dir;
    private final String marker;

    public OutputWriter(Path dir, String marker) {
        this.dir = dir;
        this.marker = marker;
    }

    /** Checks the directory before anything is generated, finishing or undoing a generation that was killed. */
    public Set<String> check() {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new GenerationException("output " + dir + " is a file; pass a directory (new, empty, or an earlier"
                    + " Cleave output)");
        }
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        recover();
        Path markerFile = dir.resolve(marker);
        if (!Files.isRegularFile(markerFile, LinkOption.NOFOLLOW_LINKS)) {
            if (!list().isEmpty()) {
                throw new GenerationException("output " + dir + " holds files Cleave did not generate (no " + marker
                        + "); pass a new or empty directory, nothing was written");
            }
            return Set.of();
        }
        removeLeftovers();
        Set<String> previous = new TreeSet<>();
        for (String line : read(markerFile).split("\n")) {
            if (!line.isBlank()) {
                previous.add(inside(line, "the marker " + markerFile + " lists"));
            }
        }
        return previous;
    }

    public GenerationResult write(SortedMap<String, byte[]> files, List<String> warnings) {
        Set<String> previous = check();
        for (String path : files.keySet()) {
            inside(path, "the generated tree has");
            if (!previous.contains(path) && Files.exists(dir.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                throw new GenerationException("output file " + dir.resolve(path) + " was not written by Cleave and"
                        + " would be overwritten; move it away or pass another output directory");
            }
        }
        List<String> written = new ArrayList<>();
        int unchanged = 0;
        Path staging = dir.resolve(STAGING);
        for (var e : files.entrySet()) {
            if (same(dir.resolve(e.getKey()), e.getValue())) {
                unchanged++;
            } else {
                written.add(e.getKey());
                writeFile(staging.resolve(e.getKey()), e.getValue());
            }
        }
        List<String> deleted = previous.stream().filter(old -> !files.containsKey(old)
                && Files.exists(dir.resolve(old), LinkOption.NOFOLLOW_LINKS)).toList();
        StringBuilder journal = new StringBuilder();
        written.forEach(p -> journal.append(KEEP).append(p).append('\n'));
        deleted.forEach(p -> journal.append(DELETE).append(p).append('\n'));
        writeFile(staging.resolve(JOURNAL), journal.toString().getBytes(StandardCharsets.UTF_8));
        apply(String.join("\n", files.keySet()) + "\n");
        return new GenerationResult(dir, written, deleted, unchanged, warnings);
    }

    /** Finishes a journaled generation (roll forward), or removes the staging of one killed before its journal. */
    private void recover() {
        Path staging = dir.resolve(STAGING);
        if (Files.isSymbolicLink(staging)) {
            throw new GenerationException("output " + dir + " has a symbolic link at " + staging + "; Cleave writes and"
                    + " deletes only inside the output: remove the link or pass a new output directory");
        }
        if (!Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isRegularFile(staging.resolve(JOURNAL), LinkOption.NOFOLLOW_LINKS)) {
            Set<String> listed = new TreeSet<>();
            Path markerFile = dir.resolve(marker);
            if (Files.isRegularFile(markerFile, LinkOption.NOFOLLOW_LINKS)) {
                listed.addAll(Arrays.asList(read(markerFile).split("\n")));
            }
            for (String line : read(staging.resolve(JOURNAL)).split("\n")) {
                if (line.startsWith(KEEP)) {
                    listed.add(line.substring(KEEP.length()));
                }
            }
            // the new marker is not in the journal: keep every file of both generations until the next one
            apply(String.join("\n", listed.stream().filter(s -> !s.isBlank()).toList()) + "\n");
        } else {
            deleteTree(staging);
        }
    }

    /** Removes the {@code *.cleave-tmp} files earlier versions left when killed while writing (never via links). */
    private void removeLeftovers() {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(f -> f.getFileName().toString().endsWith(".cleave-tmp")
                    && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the staged files into place, deletes what the journal says, writes the marker, drops the staging. */
    private void apply(String markerContent) {
        Path staging = dir.resolve(STAGING);
        for (String line : read(staging.resolve(JOURNAL)).split("\n")) {
            if (line.startsWith(KEEP)) {
                String path = inside(line.substring(KEEP.length()), "the journal lists");
                Path staged = staging.resolve(path);
                if (Files.isRegularFile(staged, LinkOption.NOFOLLOW_LINKS)) {
                    Path target = dir.resolve(path);
                    createDirectories(target.getParent());
                    move(staged, target);
                }
            } else if (line.startsWith(DELETE)) {
                delete(dir.resolve(inside(line.substring(DELETE.length()), "the journal lists")));
            }
        }
        Path tmp = dir.resolve(marker + ".cleave-tmp");
        writeFile(tmp, markerContent.getBytes(StandardCharsets.UTF_8));
        move(tmp, dir.resolve(marker));
        deleteTree(staging);
    }

    /**
     * {@code path} when it names a file inside the output directory: relative, without {@code .} or {@code ..}
     * steps, and with no symbolic link among the folders on the way (nor the file itself).
     */
    private String inside(String path, String what) {
        Path relative = Path.of(path);
        boolean plain = !path.isBlank() && !relative.isAbsolute() && !path.contains("\\")
                && Arrays.stream(path.split("/")).noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
        if (!plain) {
            throw new GenerationException(what + " '" + path + "', which is not a file inside the output " + dir
                    + "; Cleave writes and deletes only inside it: pass a new output directory (nothing was written)");
        }
        Path at = dir;
        for (Path step : relative) {
            at = at.resolve(step);
            if (Files.isSymbolicLink(at)) {
                throw new GenerationException("output " + dir + " has a symbolic link at " + at + " (on the way to "
                        + path + "); Cleave writes and deletes only inside the output: remove the link or pass a new"
                        + " output directory (nothing was written)");
            }
        }
        return path;
    }

    private static boolean same(Path file, byte[] content) {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Arrays.equals(Files.readAllBytes(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeFile(Path file, byte[] content) {
        createDirectories(file.getParent());
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
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
