package dev.cleave.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The result of one contender's run in its own JVM, handed to the parent process as a properties file.
 *
 * @param contender   the contender's name
 * @param threads     threads it used
 * @param lines       physical lines of the files it analyzed
 * @param wallNanos   wall time of the whole analysis (JVM start and the final GC excluded)
 * @param methodCalls method calls examined and resolved
 * @param typeRefs    type references examined and resolved
 * @param heap        heap figures
 * @param note        what the figures mean for this tool, or extra figures
 */
record Outcome(String contender, int threads, long lines, long wallNanos, Tally methodCalls, Tally typeRefs, HeapFigures heap,
               String note) {

    void write(Path file) {
        Properties p = new Properties();
        p.setProperty("contender", contender);
        p.setProperty("threads", Integer.toString(threads));
        p.setProperty("lines", Long.toString(lines));
        p.setProperty("wallNanos", Long.toString(wallNanos));
        p.setProperty("calls.total", Long.toString(methodCalls.total()));
        p.setProperty("calls.resolved", Long.toString(methodCalls.resolved()));
        p.setProperty("types.total", Long.toString(typeRefs.total()));
        p.setProperty("types.resolved", Long.toString(typeRefs.resolved()));
        p.setProperty("heap.retained", Long.toString(heap.retained()));
        p.setProperty("heap.peakAfterGc", Long.toString(heap.peakAfterGc()));
        p.setProperty("heap.peakUsed", Long.toString(heap.peakUsed()));
        p.setProperty("heap.gcMillis", Long.toString(heap.gcMillis()));
        p.setProperty("note", note);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Outcome read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(p.getProperty("contender"), Integer.parseInt(p.getProperty("threads")),
                number(p, "lines"), number(p, "wallNanos"),
                new Tally(number(p, "calls.total"), number(p, "calls.resolved")),
                new Tally(number(p, "types.total"), number(p, "types.resolved")),
                new HeapFigures(number(p, "heap.retained"), number(p, "heap.peakAfterGc"),
                        number(p, "heap.peakUsed"), number(p, "heap.gcMillis")),
                p.getProperty("note", ""));
    }

    private static long number(Properties p, String key) {
        return Long.parseLong(p.getProperty(key));
    }
}
