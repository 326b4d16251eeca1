package dev.cleave.bench;

import java.lang.ref.Reference;
import java.nio.file.Path;

/**
 * Runs one contender once, in the JVM {@link AnalyzerBench} forked for it, and writes its {@link Outcome}.
 *
 * <p>Arguments: contender name, corpus root, threads, outcome file.
 */
public final class ContenderMain {
    private ContenderMain() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: ContenderMain <contender> <corpus root> <threads> <outcome>");
        }
        Contender contender = Contender.named(args[0], Integer.parseInt(args[2]));
        Corpus corpus = Corpus.open(Path.of(args[1]));
        HeapMeter meter = HeapMeter.start();
        long start = System.nanoTime();
        Contender.Measured measured = contender.run(corpus);
        long wallNanos = System.nanoTime() - start;
        HeapFigures heap = meter.finish();
        Reference.reachabilityFence(measured);
        new Outcome(contender.name(), contender.threads(), measured.lines(), wallNanos, measured.methodCalls(), measured.typeRefs(),
                heap, measured.note()).write(Path.of(args[3]));
    }
}
