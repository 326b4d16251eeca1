package dev.cleave.bench;

/**
 * Heap figures of one run, in bytes (see {@link HeapMeter} for what each means).
 *
 * @param retained    heap used after a forced full GC at the end, the result still reachable
 * @param peakAfterGc the largest heap used after any collection of the run
 * @param peakUsed    the sum of the heap pools' peak usage
 * @param gcMillis    time the collectors reported for the run, in milliseconds (the final forced GC excluded)
 */
public record HeapFigures(long retained, long peakAfterGc, long peakUsed, long gcMillis) {
}
