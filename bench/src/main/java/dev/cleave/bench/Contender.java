package dev.cleave.bench;

import java.util.List;

/**
 * One tool analyzing the corpus. {@link #run} is the whole timed analysis: everything from reading the files
 * to counting what was resolved. It runs once per JVM.
 */
interface Contender {
    /** The name used on the command line and in the report. */
    String name();

    /** Threads the analysis uses. */
    int threads();

    /** Analyzes the corpus and returns what it built, which the caller keeps reachable to measure its heap. */
    Measured run(Corpus corpus);

    /** All contenders, in report order; {@code threads} is the count for contenders that can use several. */
    static List<Contender> all(int threads) {
        List<Contender> tools = List.of(new ParseOnly(), new SymbolSolver(), new SpoonModel(), new CleaveAnalyzer(1));
        return threads == 1 ? tools
                : java.util.stream.Stream.concat(tools.stream(), java.util.stream.Stream.of(new CleaveAnalyzer(threads)))
                        .toList();
    }

    static Contender named(String name, int threads) {
        return all(threads).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no contender named " + name));
    }

    /**
     * What an analysis built and resolved.
     *
     * @param model       the result, kept reachable until the heap is measured
     * @param lines       physical lines of the files the tool analyzed (the corpus's, unless it left some out)
     * @param methodCalls method calls examined and resolved ({@link Tally#NONE} when not resolved at all)
     * @param typeRefs    type references examined and resolved, as the tool defines them
     * @param note        what the figures mean for this tool, or extra figures; may be empty
     */
    record Measured(Object model, long lines, Tally methodCalls, Tally typeRefs, String note) {
    }
}
