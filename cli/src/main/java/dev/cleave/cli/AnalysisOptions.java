package dev.cleave.cli;

import dev.cleave.analyzer.AnalyzerOptions;
import picocli.CommandLine.Option;

import java.io.File;
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

    AnalyzerOptions toOptions(Path project) {
        AnalyzerOptions options = AnalyzerOptions.of(project)
                .withClasspath(classpathEntries())
                .withIncludeTests(includeTests)
                .withGitCommits(gitCommits);
        return threads == null ? options : options.withThreads(threads);
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
