package dev.cleave.analyzer;

import dev.cleave.model.CallSite;
import dev.cleave.model.CodeGraph;

import java.util.Collection;
import java.util.List;

/**
 * Builds the {@link CodeGraph} of a project's sources: one node per top-level type, typed and weighted edges,
 * and the facts that decide service boundaries (stereotypes, tables, entry points, co-change).
 *
 * <p>Bad files never stop an analysis: they are reported in {@code stats.problems} and the rest is analyzed.
 * The same input always gives an equal graph.
 */
public final class Analyzer {
    private Analyzer() {
    }

    /**
     * @throws AnalyzerException when the root is missing, is not a folder or holds no Java sources
     */
    public static CodeGraph analyze(AnalyzerOptions options, ProgressListener progress) {
        return dev.cleave.analyzer.internal.AnalysisRun.run(options, progress);
    }

    public static CodeGraph analyze(AnalyzerOptions options) {
        return analyze(options, ProgressListener.NONE);
    }

    /**
     * Where the top-level types {@code from} call operations of other project types, found as an analysis with
     * the same options finds them (the sites of the graph's {@code call} edges and their {@code operations}); uses
     * the cache's declarations when {@link AnalyzerOptions#cache()} has them and re-reads only the files declaring
     * {@code from}. Sorted; empty for types that are not in the sources.
     *
     * @throws AnalyzerException when the root is missing, is not a folder or holds no Java sources
     */
    public static List<CallSite> callSites(AnalyzerOptions options, Collection<String> from) {
        return dev.cleave.analyzer.internal.CallSitesRun.run(options, from);
    }
}
