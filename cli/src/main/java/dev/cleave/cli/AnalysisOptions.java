package dev.cleave.cli;

import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.analyzer.CacheReport;
import dev.cleave.analyzer.ProgressListener;
import picocli.CommandLine.Option;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The analysis options shared by every command that may analyze a folder (a picocli mixin). */
final class AnalysisOptions {
    @Option(names = {"--classpath", "--cp"}, paramLabel = "<entries>", split = ",",
            description = "Jars and class folders holding library types, separated by ',' or the platform path separator (':').")
    List<String> classpath = new ArrayList<>();

    @Option(names = "--include-tests", description = "Analyze test sources too.")
    boolean includeTests;

    @Option(names = "--git-commits", paramLabel = "<n>", defaultValue = "" + AnalyzerOptions.DEFAULT_GIT_COMMITS,
            description = "Latest commits read for co-change edges; 0 turns history off. Default: ${DEFAULT-VALUE}.")
    int gitCommits;

    @Option(names = "--threads", paramLabel = "<n>", description = "Worker threads. Default: all cores.")
    Integer threads;

    @Option(names = "--cache", paramLabel = "<dir>",
            description = "Folder of the incremental-analysis cache. Default: target/cleave/cache in a Maven project,"
                    + " else .cleave/cache.")
    Path cache;

    @Option(names = "--no-cache", description = "Analyze everything again and keep no cache.")
    boolean noCache;

    AnalyzerOptions toOptions(Path project) {
        AnalyzerOptions options = AnalyzerOptions.of(project)
                .withClasspath(classpathEntries())
                .withIncludeTests(includeTests)
                .withGitCommits(gitCommits);
        options = noCache ? options.withoutCache() : cache != null ? options.withCache(cache)
                : options.withDefaultCache();
        return threads == null ? options : options.withThreads(threads);
    }

    /** {@code inner}, plus the cache's report printed to {@code err} ("cache: 1,234 of 1,240 files reused"). */
    static ProgressListener printingCache(ProgressListener inner, PrintWriter err) {
        return new ProgressListener() {
            @Override
            public void phase(String name, long totalUnits) {
                inner.phase(name, totalUnits);
            }

            @Override
            public void advance(long units) {
                inner.advance(units);
            }

            @Override
            public void cache(CacheReport report) {
                inner.cache(report);
                err.println(report.summary());
                err.flush();
            }
        };
    }

    private List<Path> classpathEntries() {
        List<Path> entries = new ArrayList<>();
        for (String value : classpath) {
            for (String entry : value.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    Path path = Path.of(entry.trim());
                    if (!Files.exists(path)) {
                        throw new IllegalArgumentException("classpath entry " + path + " does not exist: check --classpath");
                    }
                    entries.add(path);
                }
            }
        }
        return entries;
    }
}
