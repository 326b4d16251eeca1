package dev.cleave.analyzer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to analyze and how.
 *
 * @param root         the project folder (a Maven/Gradle project, a multi-module build, a WAR/EAR layout or a
 *                     plain source tree)
 * @param classpath    jars and class folders that hold library types; may be empty (the running JDK is always
 *                     used for {@code java.*} types)
 * @param includeTests whether test sources are analyzed too
 * @param gitCommits   how many of the latest commits to read for co-change edges; 0 turns it off
 * @param threads      worker threads, at least 1
 * @param maxFileBytes files larger than this are reported and skipped
 * @param cache        folder of the incremental-analysis cache, or null for none (see {@link #withDefaultCache})
 */
public record AnalyzerOptions(Path root, List<Path> classpath, boolean includeTests, int gitCommits, int threads,
                              long maxFileBytes, Path cache) {
    public static final int DEFAULT_GIT_COMMITS = 1000;
    public static final long DEFAULT_MAX_FILE_BYTES = 4L << 20;

    public AnalyzerOptions {
        Objects.requireNonNull(root, "root");
        classpath = List.copyOf(classpath);
        if (gitCommits < 0) {
            throw new IllegalArgumentException("gitCommits must be 0 or more: " + gitCommits);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
    }

    /** Options without a cache. */
    public AnalyzerOptions(Path root, List<Path> classpath, boolean includeTests, int gitCommits, int threads,
                           long maxFileBytes) {
        this(root, classpath, includeTests, gitCommits, threads, maxFileBytes, null);
    }

    /**
     * Defaults: no classpath, main sources only, the last 1000 commits, all cores, files up to 4 MiB, no cache (the
     * shells turn on {@link #withDefaultCache the default cache}).
     */
    public static AnalyzerOptions of(Path root) {
        return new AnalyzerOptions(root, List.of(), false, DEFAULT_GIT_COMMITS,
                Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_FILE_BYTES);
    }

    /** The default cache folder: {@code target/cleave/cache} in a Maven project, else {@code .cleave/cache}. */
    public static Path defaultCacheFolder(Path root) {
        return java.nio.file.Files.isRegularFile(root.resolve("pom.xml"))
                ? root.resolve("target").resolve("cleave").resolve("cache")
                : root.resolve(".cleave").resolve("cache");
    }

    /**
     * Keeps per-file results in {@code folder} and reuses them: a re-analysis parses and resolves only changed files
     * and those whose resolution depended on what changed; the graph is the same as without a cache. Null: no cache.
     */
    public AnalyzerOptions withCache(Path folder) {
        return new AnalyzerOptions(root, classpath, includeTests, gitCommits, threads, maxFileBytes, folder);
    }

    /** The cache in its {@link #defaultCacheFolder default folder}. */
    public AnalyzerOptions withDefaultCache() {
        return withCache(defaultCacheFolder(root));
    }

    public AnalyzerOptions withoutCache() {
        return withCache(null);
    }

    public AnalyzerOptions withClasspath(List<Path> entries) {
        return new AnalyzerOptions(root, entries, includeTests, gitCommits, threads, maxFileBytes, cache);
    }

    public AnalyzerOptions withIncludeTests(boolean include) {
        return new AnalyzerOptions(root, classpath, include, gitCommits, threads, maxFileBytes, cache);
    }

    public AnalyzerOptions withGitCommits(int commits) {
        return new AnalyzerOptions(root, classpath, includeTests, commits, threads, maxFileBytes, cache);
    }

    public AnalyzerOptions withThreads(int count) {
        return new AnalyzerOptions(root, classpath, includeTests, gitCommits, count, maxFileBytes, cache);
    }

    public AnalyzerOptions withMaxFileBytes(long bytes) {
        return new AnalyzerOptions(root, classpath, includeTests, gitCommits, threads, bytes, cache);
    }
}
