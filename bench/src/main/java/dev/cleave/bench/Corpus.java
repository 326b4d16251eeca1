package dev.cleave.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The benchmark corpus: the {@code .java} files directly inside a fixed list of {@code java.base} packages of a
 * JDK's {@code lib/src.zip}, extracted at run time (the JDK sources are never committed).
 *
 * <p>Layout: {@code <root>/src/<package path>/X.java}, i.e. {@code root} is a plain project folder and
 * {@code src} its only source root, which every contender reads.
 *
 * @param root       the project folder
 * @param sourceRoot {@code root/src}
 * @param files      the Java files, sorted
 * @param lines      physical lines of those files (see {@link #countLines(byte[])})
 */
public record Corpus(Path root, Path sourceRoot, List<Path> files, long lines) {
    /** The subset: these packages only, without their sub-packages unless listed. About 400,000 lines. */
    public static final List<String> PACKAGES = List.of(
            "java/io",
            "java/lang",
            "java/time", "java/time/chrono", "java/time/format", "java/time/temporal", "java/time/zone",
            "java/util",
            "java/util/concurrent", "java/util/concurrent/atomic", "java/util/concurrent/locks",
            "java/util/function",
            "java/util/stream");

    private static final String MODULE = "java.base/";

    public Corpus {
        files = List.copyOf(files);
    }

    /** Deletes {@code root} if present and extracts the subset of {@code srcZip} into it. */
    public static Corpus extract(Path srcZip, Path root) {
        Path sourceRoot = root.resolve("src");
        try (ZipFile zip = new ZipFile(srcZip.toFile())) {
            deleteTree(root);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String relative = subsetPath(entry.getName());
                if (relative != null) {
                    Path target = sourceRoot.resolve(relative);
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + srcZip + " to " + root, e);
        }
        return open(root);
    }

    /** Reads an extracted corpus: finds its files and counts their lines. */
    public static Corpus open(Path root) {
        Path sourceRoot = root.resolve("src");
        List<Path> files = javaFiles(sourceRoot);
        return new Corpus(root, sourceRoot, files, files.stream().mapToLong(Corpus::countLines).sum());
    }

    /** Physical lines of a file, see {@link #countLines(byte[])}. */
    public static long countLines(Path file) {
        try {
            return countLines(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The path below the source root of a {@code src.zip} entry that belongs to the subset, or null. Only
     * plain {@code .java} files directly inside a listed package qualify (no {@code snippet-files}, no
     * {@code module-info.java}); names that could escape the target folder never qualify.
     */
    static String subsetPath(String entryName) {
        if (!entryName.startsWith(MODULE) || !entryName.endsWith(".java") || entryName.contains("..")) {
            return null;
        }
        String relative = entryName.substring(MODULE.length());
        int slash = relative.lastIndexOf('/');
        return slash > 0 && PACKAGES.contains(relative.substring(0, slash)) ? relative : null;
    }

    /**
     * Physical lines: the number of line terminators ({@code \n}, {@code \r\n} or a lone {@code \r}), plus one
     * for a last line without a terminator. An empty file has 0 lines.
     */
    static long countLines(byte[] content) {
        long lines = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n' || content[i] == '\r' && (i + 1 == content.length || content[i + 1] != '\n')) {
                lines++;
            }
        }
        boolean unterminated = content.length > 0 && content[content.length - 1] != '\n'
                && content[content.length - 1] != '\r';
        return unterminated ? lines + 1 : lines;
    }

    static List<Path> javaFiles(Path sourceRoot) {
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            return walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + sourceRoot, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(paths::add);
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            Files.delete(paths.get(i));
        }
    }
}
