package dev.cleave.pipeline.report;

import dev.cleave.analyzer.Analyzer;
import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.pipeline.Stages;
import dev.cleave.pipeline.gate.Baseline;
import dev.cleave.pipeline.gate.BaselineJson;
import dev.cleave.pipeline.gate.CallSiteLocator;
import dev.cleave.pipeline.gate.Gate;
import dev.cleave.pipeline.gate.GateResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the gate for a shell: analyzes the code (or reads its graph), reads the plan and the baseline, checks,
 * writes the reports and, when asked, the updated baseline. The caller turns {@link GateResult#passed()} into its
 * exit status; writing reports never changes it.
 */
public final class CheckRun {
    private CheckRun() {
    }

    /**
     * What a run produced.
     *
     * @param result   the gate's findings and verdict
     * @param reports  report files written
     * @param baseline the baseline file written, or null
     */
    public record Outcome(GateResult result, List<Path> reports, Path baseline) {
    }

    /**
     * @param analysis how to analyze {@code request.input()} when it is a folder (its root is replaced by the input;
     *                 a cache in the default folder of its root moves to the default folder of the input)
     * @throws dev.cleave.model.ModelFormatException     when the plan, graph or baseline cannot be read
     * @throws dev.cleave.analyzer.AnalyzerException when the folder cannot be analyzed
     */
    public static Outcome run(CheckRequest request, AnalyzerOptions analysis, ProgressListener progress) {
        Path cache = analysis.cache() == null ? null
                : analysis.cache().equals(AnalyzerOptions.defaultCacheFolder(analysis.root()))
                ? AnalyzerOptions.defaultCacheFolder(request.input()) : analysis.cache();
        AnalyzerOptions options = new AnalyzerOptions(request.input(), analysis.classpath(), analysis.includeTests(),
                analysis.gitCommits(), analysis.threads(), analysis.maxFileBytes(), cache);
        PlanJson.read(request.planFile()); // a bad plan fails before a long analysis
        CodeGraph graph = Stages.graph(request.input(), options, progress);
        // sources analyzed now locate calls as the analysis resolved them; a graph read from a file may be older
        // than the sources, so its lines come from a text scan
        return run(request, graph, Files.isDirectory(request.input()) ? options : null);
    }

    /**
     * Checks a graph the caller already has (for example one analyzed earlier in the same build).
     *
     * @throws dev.cleave.model.ModelFormatException when the plan or baseline cannot be read
     */
    public static Outcome run(CheckRequest request, CodeGraph graph) {
        return run(request, graph, null);
    }

    /**
     * Checks a graph the caller analyzed from the sources with {@code sources} (for example earlier in the same
     * build): the calls of undeclared operations are then located as that analysis resolved them.
     *
     * @param sources how the graph was analyzed, or null to take lines from a text scan of the sources
     */
    public static Outcome run(CheckRequest request, CodeGraph graph, AnalyzerOptions sources) {
        CallSiteLocator sites = sources == null ? CallSiteLocator.NONE : from -> Analyzer.callSites(sources, from);
        Plan plan = PlanJson.read(request.planFile());
        Baseline baseline = request.baselineFile() == null ? Baseline.EMPTY : BaselineJson.read(request.baselineFile());
        GateResult result = Gate.check(graph, plan, baseline, request.options(),
                relative(Path.of(graph.project().root()), request.planFile()), sites);
        List<Path> reports = Reports.write(result, request.formats(), request.outputDir());
        Path written = null;
        if (request.updateBaseline()) {
            BaselineJson.write(Baseline.of(result), request.baselineFile());
            written = request.baselineFile();
        }
        return new Outcome(result, reports, written);
    }

    /** The plan's path relative to the root with '/' separators, or its file name when it lies elsewhere. */
    static String relative(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute.getFileName();
        return shown.toString().replace('\\', '/');
    }
}
