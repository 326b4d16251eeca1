package dev.cleave.analyzer;

/**
 * Hears how far an analysis has come. Called from worker threads: implementations must be thread-safe and fast.
 */
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void phase(String name, long totalUnits) {
        }

        @Override
        public void advance(long units) {
        }
    };

    /** A new phase begins ("scanning", "indexing", "resolving", "history"...) with this many units of work. */
    void phase(String name, long totalUnits);

    /** This many more units of the current phase are done. */
    void advance(long units);

    /** How the run used its cache; called once, at the end, when a cache was asked for. */
    default void cache(CacheReport report) {
    }
}
