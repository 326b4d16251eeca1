package dev.cleave.bench;

import dev.cleave.analyzer.Analyzer;
import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.GraphStats;
import dev.cleave.model.Resolution;

import java.util.Locale;

/**
 * Cleave's full analysis of the corpus's project folder, without Git history. Its {@code references} are every
 * reference to a type, member or constructor it examined (the method calls among them), so its "type
 * references" column is that wider set.
 */
final class CleaveAnalyzer implements Contender {
    private final int threads;

    CleaveAnalyzer(int threads) {
        this.threads = threads;
    }

    @Override
    public String name() {
        return "cleave-" + threads + "t";
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public Measured run(Corpus corpus) {
        AnalyzerOptions options = AnalyzerOptions.of(corpus.root()).withGitCommits(0).withThreads(threads);
        CodeGraph graph = Analyzer.analyze(options, ProgressListener.NONE);
        GraphStats stats = graph.stats();
        String note = String.format(Locale.ROOT,
                "type refs column = all references (types, members, constructors; method calls included); "
                        + "exact only (no heuristic, project types): method calls %.1f %%, references %.1f %%; "
                        + "method calls exact/fallback/external/unresolved: %s; references: %s; "
                        + "counted %d files, %d lines, %d problems",
                100 * exactShare(stats.methodCalls()), 100 * exactShare(stats.references()),
                breakdown(stats.methodCalls()), breakdown(stats.references()), stats.files(), stats.lines(),
                stats.problems().size());
        return new Measured(graph, corpus.lines(), tally(stats.methodCalls()), tally(stats.references()), note);
    }

    private static Tally tally(Resolution resolution) {
        return new Tally(resolution.total(), resolution.total() - resolution.unresolved());
    }

    private static String breakdown(Resolution r) {
        return r.exact() + "/" + r.fallback() + "/" + r.external() + "/" + r.unresolved();
    }

    private static double exactShare(Resolution resolution) {
        return resolution.total() == 0 ? Double.NaN : (double) resolution.exact() / resolution.total();
    }
}
