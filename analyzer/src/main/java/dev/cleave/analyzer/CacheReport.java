package dev.cleave.analyzer;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How an analysis used its cache ({@link AnalyzerOptions#cache}). Not part of the graph: a graph made with the
 * cache is byte for byte the graph a full analysis makes.
 *
 * @param folder   the cache folder
 * @param rebuilt  why the cache was built afresh in this run ("no cache yet", "classpath changed", "JDK changed",
 *                 "Cleave changed", "analyzer options changed", "cache of another format"...), or null when it was
 *                 used as found
 * @param files    source files analyzed
 * @param reused   files whose results all came from the cache (neither parsed nor resolved again)
 * @param parsed   files parsed in this run
 * @param resolved files whose references were resolved in this run
 * @param ignored  cache entries found damaged (truncated, corrupted, unreadable) or of an older format or another
 *                 environment, and ignored: those files were analyzed again
 * @param trouble  what stopped the cache from being read or written, or null
 */
public record CacheReport(Path folder, String rebuilt, int files, int reused, int parsed, int resolved, int ignored,
                          String trouble) {

    /** One or more lines for people: what was reused, and why the cache was rebuilt or entries ignored. */
    public String summary() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "cache: %,d of %,d files reused (%s)",
                reused, files, folder));
        if (rebuilt != null) {
            sb.append(System.lineSeparator()).append("cache rebuilt: ").append(rebuilt);
        }
        if (ignored > 0) {
            sb.append(System.lineSeparator()).append(String.format(Locale.ROOT,
                    "cache: %,d damaged or outdated entries ignored and rebuilt", ignored));
        }
        if (trouble != null) {
            sb.append(System.lineSeparator()).append(trouble);
        }
        return sb.toString();
    }
}
