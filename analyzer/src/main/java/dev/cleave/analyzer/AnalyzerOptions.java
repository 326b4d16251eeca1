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
 */
public record AnalyzerOptions(Path root, List<Path> classpath, boolean includeTests, int gitCommits, int threads,
                              long maxFileBytes) {
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

    /** Defaults: no classpath, main sources only, the last 1000 commits, all cores, files up to 4 MiB. */
    public static AnalyzerOptions of(Path root) {
        return new AnalyzerOptions(root, List.of(), false, DEFAULT_GIT_COMMITS,
                Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_FILE_BYTES);
    }

    public AnalyzerOptions withClasspath(List<Path> entries) {
        return new AnalyzerOptions(root, entries, includeTests, gitCommits, threads, maxFileBytes);
    }

    public AnalyzerOptions withIncludeTests(boolean include) {
        return new AnalyzerOptions(root, classpath, include, gitCommits, threads, maxFileBytes);
    }

    public AnalyzerOptions withGitCommits(int commits) {
        return new AnalyzerOptions(root, classpath, includeTests, commits, threads, maxFileBytes);
    }

    public AnalyzerOptions withThreads(int count) {
        return new AnalyzerOptions(root, classpath, includeTests, gitCommits, count, maxFileBytes);
    }

    public AnalyzerOptions withMaxFileBytes(long bytes) {
        return new AnalyzerOptions(root, classpath, includeTests, gitCommits, threads, bytes);
    }
}
