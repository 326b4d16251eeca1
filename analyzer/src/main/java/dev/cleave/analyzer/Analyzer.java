package dev.cleave.analyzer;

import dev.cleave.model.CodeGraph;

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
}
