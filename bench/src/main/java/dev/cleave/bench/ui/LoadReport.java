package dev.cleave.bench.ui;

import dev.cleave.bench.split.Host;
import dev.cleave.bench.split.Samples;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Plan;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The load run's report: the machine, the plan, one table row per call, and the failures if there were any. */
final class LoadReport {
    /** Begins the failures' line; present exactly when a request failed. */
    static final String FAILED = "FAILED:";
    private final StringBuilder head = new StringBuilder();
    private final List<String> rows = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> warmups = new ArrayList<>();

    LoadReport(CodeGraph graph, Plan plan, UiLoad.Settings settings) {
        head.append("# Web wizard under load\n\n")
                .append("- ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(", ")
                .append(Host.describe()).append('\n')
                .append(String.format(Locale.ROOT, "- Project %s: %,d classes, %,d edges; plan of %d services "
                                + "holding %,d classes, %,d shared%n", Seed.PROJECT, graph.nodes().size(),
                        graph.edges().size(), plan.services().size(), plan.metrics().classes(),
                        plan.shared().size()))
                .append(String.format(Locale.ROOT, "- %d clients, %,d timed requests each per call, seed %d%n",
                        settings.clients(), settings.moves(), settings.seed()));
    }

    /** An untimed warm-up phase: only its failures are reported. */
    void addWarmup(Load.Result r) {
        warmups.add(String.format(Locale.ROOT, "%d × %,d %s (%d failed)", r.clients(), r.perClient(),
                r.call() == Load.Call.PREVIEW ? "previews" : "plan reads", r.errors()));
        failures(r, "warm-up ");
    }

    void add(Load.Result r) {
        String name = r.call() == Load.Call.PREVIEW ? "what-if: `POST .../preview`, one class"
                : "baseline: `GET .../plan`";
        rows.add(row(name, r.clients() + " × " + String.format(Locale.ROOT, "%,d", r.perClient()),
                new Samples(r.nanos()), Integer.toString(r.errors()), r.throughput(), r.wallNanos(), r.cpuNanos(),
                r.loadBefore(), r.loadAfter()));
        failures(r, "");
    }

    private void failures(Load.Result r, String phase) {
        r.firstErrors().forEach(e -> failures.add("- " + phase + e));
        if (r.errors() > r.firstErrors().size()) {
            failures.add("- ... " + (r.errors() - r.firstErrors().size()) + " more in this " + phase + "phase");
        }
    }

    /**
     * One thread, calls back to back: its throughput is the timed calls over the sum of their times, which is also
     * its wall time (without the warm-up); its CPU time is that of the whole loop, warm-up included.
     */
    void addInProcess(long[] nanos, int clients, int count, long cpuNanos, double loadBefore, double loadAfter) {
        long sum = java.util.Arrays.stream(nanos).sum();
        rows.add(row("baseline: `WhatIf.move` + `undo` in process, no HTTP", "1 thread, " + clients + " × "
                + String.format(Locale.ROOT, "%,d", count), new Samples(nanos), "–", nanos.length / (sum / 1e9),
                sum, cpuNanos, loadBefore, loadAfter));
    }

    String render() {
        StringBuilder sb = new StringBuilder(head).append("- Warm-up, untimed: ").append(String.join(", ", warmups))
                .append("\n\n")
                .append("| Call | Clients × requests | Errors | Throughput, req/s | p50 ms | p95 ms | p99 ms | max ms "
                        + "| Wall s | Client CPU s | Load before / after |\n")
                .append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        rows.forEach(r -> sb.append(r).append('\n'));
        if (!failures.isEmpty()) {
            sb.append('\n').append(FAILED).append(" requests failed\n");
            failures.forEach(f -> sb.append(f).append('\n'));
        }
        return sb.toString();
    }

    private static String row(String name, String load, Samples s, String errors, double throughput, long wallNanos,
                              long cpuNanos, double loadBefore, double loadAfter) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %,.0f | %s | %s | %s | %s | %.1f | %.1f | %.2f / %.2f |",
                name, load, errors, throughput, Samples.ms(s.median()), Samples.ms(s.percentile(95)),
                Samples.ms(s.percentile(99)), Samples.ms(s.max()), wallNanos / 1e9, cpuNanos / 1e9, loadBefore,
                loadAfter);
    }
}
