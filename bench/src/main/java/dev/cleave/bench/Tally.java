package dev.cleave.bench;

/**
 * How many references of one kind a contender examined and how many it resolved.
 *
 * @param total    references examined
 * @param resolved references resolved (to any declaration, in the corpus or in the JDK)
 */
record Tally(long total, long resolved) {
    static final Tally NONE = new Tally(0, 0);

    Tally {
        if (total < 0 || resolved < 0 || resolved > total) {
            throw new IllegalArgumentException("bad tally: " + resolved + " of " + total);
        }
    }

    /** The resolved share in [0, 1]; NaN when nothing was examined. */
    double share() {
        return total == 0 ? Double.NaN : (double) resolved / total;
    }

    /** Counts references one by one, without allocating. Not thread-safe. */
    static final class Counter {
        private long total;
        private long resolved;

        void add(boolean ok) {
            total++;
            if (ok) {
                resolved++;
            }
        }

        Tally tally() {
            return new Tally(total, resolved);
        }
    }
}
