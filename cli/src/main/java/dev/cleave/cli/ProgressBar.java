package dev.cleave.cli;

import dev.cleave.analyzer.ProgressListener;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows progress on the error stream: a redrawn bar on a terminal, one line per phase otherwise (logs, CI).
 * Redraws at most ten times a second.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile String phase = "";
    private long lastDraw;

    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void phase(String name, long totalUnits) {
        if (terminal && !phase.isEmpty()) {
            draw(true);
        }
        phase = name;
        total = totalUnits;
        done.set(0);
        if (terminal) {
            draw(false);
        } else {
            err.println(name + (totalUnits > 0 ? " (" + totalUnits + ")" : "") + "...");
            err.flush();
        }
    }

    @Override
    public void advance(long units) {
        done.addAndGet(units);
        if (terminal) {
            long now = System.nanoTime();
            synchronized (this) {
                if (now - lastDraw >= REDRAW_NANOS) {
                    lastDraw = now;
                    draw(false);
                }
            }
        }
    }

    /** Ends the last bar's line. */
    synchronized void finish() {
        if (terminal && !phase.isEmpty()) {
            draw(true);
        }
    }

    private void draw(boolean complete) {
        long t = total;
        long d = complete ? t : Math.min(done.get(), t);
        int filled = t <= 0 ? WIDTH : (int) (WIDTH * d / t);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        err.print("\r" + String.format("%-10s [%s] %d/%d", phase, bar, d, t) + (complete ? "\n" : ""));
        err.flush();
    }
}
