package dev.cleave.analyzer.internal;

import dev.cleave.analyzer.AnalyzerException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A fixed pool of worker threads with deep stacks (deeply nested expressions recurse), mapping tasks over an
 * index range and returning the results in index order, so that merging them is deterministic.
 */
final class Workers implements AutoCloseable {
    private static final long STACK_BYTES = 16L << 20;
    private final ExecutorService pool;

    Workers(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "cleave-analyzer-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code task} for 0..count-1 on the pool; results in index order. The task must not throw. */
    <T> List<T> map(int count, IntFunction<T> task) {
        List<Future<T>> futures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> task.apply(index)));
        }
        List<T> out = new ArrayList<>(count);
        try {
            for (Future<T> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalyzerException("Analysis interrupted", e);
        } catch (ExecutionException e) {
            throw new AnalyzerException("Analysis failed: " + e.getCause(), e.getCause());
        }
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
