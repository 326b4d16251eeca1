package dev.cleave.cli;

import dev.cleave.analyzer.Analyzer;
import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.GraphExports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cleave analyze}: builds the dependency graph of a project and prints a summary. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyzes a monolith's sources and writes its dependency graph (graph.json).")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<dir>",
            description = "Project folder. Default: the bundled sample (samples/spring-shop).")
    Path dir;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>",
            description = "Where to write the graph ('-' for standard output). Default: graph.<format extension>.")
    String output;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    GraphExports.Format format;

    @Option(names = {"--classpath", "--cp"}, paramLabel = "<entries>", split = ",",
            description = "Jars and class folders holding library types, separated by ',' or '" + File.pathSeparator + "'.")
    List<String> classpath = new ArrayList<>();

    @Option(names = "--include-tests", description = "Analyze test sources too.")
    boolean includeTests;

    @Option(names = "--git-commits", paramLabel = "<n>", defaultValue = "" + AnalyzerOptions.DEFAULT_GIT_COMMITS,
            description = "Latest commits read for co-change edges; 0 turns history off. Default: ${DEFAULT-VALUE}.")
    int gitCommits;

    @Option(names = "--threads", paramLabel = "<n>", description = "Worker threads. Default: all cores.")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path project = dir != null ? dir : BundledSample.locate();
        AnalyzerOptions options = AnalyzerOptions.of(project)
                .withClasspath(classpathEntries())
                .withIncludeTests(includeTests)
                .withGitCommits(gitCommits);
        if (threads != null) {
            options = options.withThreads(threads);
        }
        ProgressBar progress = new ProgressBar(err, System.console() != null && !quiet);
        long start = System.nanoTime();
        CodeGraph graph = Analyzer.analyze(options, quiet ? dev.cleave.analyzer.ProgressListener.NONE : progress);
        progress.finish();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String text = GraphExports.write(graph, format);
        String target = output != null ? output : "graph." + format.extension();
        if ("-".equals(target)) {
            out.print(text);
            out.flush();
        } else {
            write(Path.of(target), text);
        }
        if (!quiet) {
            (("-".equals(target)) ? err : out).print(Summary.render(graph, took)
                    + ("-".equals(target) ? "" : "Wrote " + target + "\n"));
            (("-".equals(target)) ? err : out).flush();
        }
        return 0;
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

    private static void write(Path file, String text) {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("output " + file + " is a folder: give a file name with -o");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
