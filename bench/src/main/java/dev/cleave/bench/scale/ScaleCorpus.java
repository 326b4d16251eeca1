package dev.cleave.bench.scale;

import dev.cleave.bench.Corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One size of the scale benchmark's corpus: the {@code .java} files of {@code java.base} under some package
 * prefixes of a JDK's {@code lib/src.zip} (sub-packages included, {@code snippet-files} left out), extracted as a
 * plain project folder whose only source root is {@code src}, as {@link Corpus} lays it out. The sizes are nested:
 * each holds the one before, so the heap can be compared size against size.
 *
 * @param name     the size's name in the report
 * @param prefixes the package paths below {@code java.base/}, e.g. {@code java/util}
 */
record ScaleCorpus(String name, List<String> prefixes) {
    private static final String MODULE = "java.base/";

    /** About 240k, 480k and 1.08M lines of the JDK 25 sources. */
    static final List<ScaleCorpus> SIZES = List.of(
            new ScaleCorpus("S", List.of("java/util")),
            new ScaleCorpus("M", List.of("java/util", "java/lang", "java/io")),
            new ScaleCorpus("L", List.of("java", "sun")));

    ScaleCorpus {
        prefixes = List.copyOf(prefixes);
    }

    static ScaleCorpus named(String name) {
        return SIZES.stream().filter(s -> s.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no corpus size named " + name));
    }

    /** Deletes {@code root} if present, extracts this size of {@code srcZip} into it and opens it. */
    Corpus extract(Path srcZip, Path root) {
        try (ZipFile zip = new ZipFile(srcZip.toFile())) {
            delete(root);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String relative = relativePath(entry.getName());
                if (relative != null) {
                    Path target = root.resolve("src").resolve(relative);
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + srcZip + " to " + root, e);
        }
        return Corpus.open(root);
    }

    /** The path below the source root of a {@code src.zip} entry of this size, or null. */
    String relativePath(String entryName) {
        if (!entryName.startsWith(MODULE) || !entryName.endsWith(".java") || entryName.contains("..")
                || entryName.contains("/snippet-files/")) {
            return null;
        }
        String relative = entryName.substring(MODULE.length());
        return prefixes.stream().anyMatch(p -> relative.startsWith(p + "/")) ? relative : null;
    }

    /** The prefixes as package names, for the report. */
    String packages() {
        return String.join(", ", prefixes.stream().map(p -> "`" + p.replace('/', '.') + ".**`").toList());
    }

    /** Deletes a folder and all it holds; nothing when it does not exist. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
