package dev.cleave.analyzer.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many parsed syntax trees pass 1 may keep for pass 2, so that only the rest are parsed twice. A kept tree,
 * once {@link KeptTrees} has dropped its tokens, costs about {@value #BYTES_PER_CHAR} bytes of heap per source
 * character (measured on 400k lines of JDK sources with JavaParser 3.28: 52 with tokens); the budget is a share
 * of the maximum heap, capped, so memory stays bounded on any project size.
 */
final class AstBudget {
    static final long BYTES_PER_CHAR = 24;
    private static final double HEAP_SHARE = 0.5;
    private static final long MAX_BYTES = 1L << 30;
    private final AtomicLong remaining;

    AstBudget(long bytes) {
        this.remaining = new AtomicLong(bytes);
    }

    /** The default budget for this JVM: half the maximum heap, at most 1 GiB. */
    static AstBudget forThisJvm() {
        return new AstBudget(Math.min(MAX_BYTES, (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE)));
    }

    /** Reserves room for the tree of a source of this many characters; false when it does not fit. */
    boolean tryReserve(int chars) {
        long cost = chars * BYTES_PER_CHAR;
        long left = remaining.addAndGet(-cost);
        if (left >= 0) {
            return true;
        }
        remaining.addAndGet(cost);
        return false;
    }
}
