package dev.cleave.cli;

import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.model.AtomicFiles;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.GraphExports;
import dev.cleave.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
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

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path project = dir != null ? dir : BundledSample.locate();
        AnalyzerOptions options = analysis.toOptions(project);
        String target = output != null ? output : "graph." + format.extension();
        if (!"-".equals(target)) {
            AtomicFiles.requireRegularTarget(Path.of(target));
        }
        ProgressBar progress = new ProgressBar(err, System.console() != null && !quiet);
        long start = System.nanoTime();
        CodeGraph graph = Stages.graph(project, options,
                quiet ? ProgressListener.NONE : AnalysisOptions.printingCache(progress, err));
        progress.finish();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String text = GraphExports.write(graph, format);
        if ("-".equals(target)) {
            out.print(text);
            out.flush();
        } else {
            OutputFiles.write(Path.of(target), text);
        }
        if (!quiet) {
            (("-".equals(target)) ? err : out).print(Summary.render(graph, took)
                    + ("-".equals(target) ? "" : "Wrote " + target + "\n"));
            (("-".equals(target)) ? err : out).flush();
        }
        return 0;
    }
}
