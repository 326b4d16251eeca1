package dev.cleave.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one-method-body change the benchmarks time a re-analysis after: a statement added at the start of the first
 * public method of a file. Files are read as ISO-8859-1, so any bytes survive the edit unchanged.
 */
public final class BodyEdits {
    private static final Pattern METHOD = Pattern.compile(
            "\\n\\s+public [\\w<>\\[\\], ?]+ \\w+\\([^()]*\\) (throws [\\w., ]+ )?\\{\\n");

    private BodyEdits() {
    }

    /** The largest {@code .java} file under {@code root} that {@code among} accepts and that has a public method. */
    public static Path largestEditable(Path root, Predicate<Path> among) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(".java")).filter(among)
                    .filter(p -> METHOD.matcher(read(p)).find())
                    .max(Comparator.comparingLong(BodyEdits::size).thenComparing(Path::toString))
                    .orElseThrow(() -> new IllegalStateException("no file with a public method under " + root));
        }
    }

    /** {@code text} with {@code int cleaveBench<run> = <run>;} at the start of its first public method. */
    public static String withBodyChange(String text, int run) {
        Matcher m = METHOD.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no public method");
        }
        return text.substring(0, m.end()) + "        int cleaveBench" + run + " = " + run + ";\n"
                + text.substring(m.end());
    }

    /** The file's text as the edits read and write it. */
    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
