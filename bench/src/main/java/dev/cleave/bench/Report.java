package dev.cleave.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The Markdown report of a benchmark: machine and corpus in the header, then one row per contender with the
 * median of its runs and their spread (min–max), then what each row's counts mean, then the targets.
 */
final class Report {
    private static final String CLEAVE = "cleave-";
    private static final String BASELINE = "javaparser-symbol-solver";

    private final Machine machine;
    private final Corpus corpus;
    private final String jvmFlags;
    private final int runs;
    private final String load;
    private final Map<String, List<Outcome>> byContender = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();

    Report(Machine machine, Corpus corpus, String jvmFlags, int runs, String load) {
        this.machine = machine;
        this.corpus = corpus;
        this.jvmFlags = jvmFlags;
        this.runs = runs;
        this.load = load;
    }

    void add(Outcome outcome) {
        byContender.computeIfAbsent(outcome.contender(), k -> new ArrayList<>()).add(outcome);
    }

    void fail(String contender, String why) {
        failures.merge(contender, why, (a, b) -> a + "; " + b);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("## Analyzer benchmark, ").append(LocalDate.now()).append("\n\n")
                .append("- Machine: ").append(machine.describe()).append('\n')
                .append("- Corpus: ").append(corpus.files().size()).append(" files, ")
                .append(String.format(Locale.ROOT, "%,d", corpus.lines()))
                .append(" physical lines: the `.java` files directly in the `java.base` packages ")
                .append(String.join(", ", Corpus.PACKAGES.stream().map(p -> p.replace('/', '.')).toList()))
                .append(" of the JDK 25 `lib/src.zip`\n")
                .append("- Each contender in its own JVM, one after another, ").append(runs)
                .append(" run(s) each, interleaved; JVM flags `").append(jvmFlags).append("`\n")
                .append("- Load average (1 min) before / after: ").append(load).append("\n\n")
                .append("| Contender | Threads | Wall s, median (min–max) | Lines/s | Method calls | Resolved "
                        + "| Type refs | Resolved | Retained heap GiB | Peak heap after GC GiB | Peak used heap GiB "
                        + "| GC s |\n")
                .append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        byContender.forEach((name, outcomes) -> md.append(row(name, outcomes)));
        failures.forEach((name, why) -> md.append("| ").append(name).append(" | | failed: ").append(why)
                .append(" | | | | | | | | | |\n"));
        md.append('\n');
        byContender.forEach((name, outcomes) -> {
            String note = outcomes.get(0).note();
            if (!note.isEmpty()) {
                md.append("- ").append(name).append(": ").append(note).append('\n');
            }
        });
        md.append(targets());
        return md.toString();
    }

    private String row(String name, List<Outcome> outcomes) {
        Outcome first = outcomes.get(0);
        double wallSeconds = median(outcomes, Outcome::wallNanos) / 1e9;
        return "| " + name + " | " + first.threads() + " | " + spread(outcomes, Outcome::wallNanos, 1e9, "%.1f")
                + " | " + String.format(Locale.ROOT, "%,.0f", first.lines() / wallSeconds)
                + " | " + count(outcomes, Outcome::methodCalls) + " | " + share(outcomes, Outcome::methodCalls)
                + " | " + count(outcomes, Outcome::typeRefs) + " | " + share(outcomes, Outcome::typeRefs)
                + " | " + spread(outcomes, o -> o.heap().retained(), 1 << 30, "%.2f")
                + " | " + spread(outcomes, o -> o.heap().peakAfterGc(), 1 << 30, "%.2f")
                + " | " + spread(outcomes, o -> o.heap().peakUsed(), 1 << 30, "%.2f")
                + " | " + spread(outcomes, o -> o.heap().gcMillis(), 1e3, "%.1f") + " |\n";
    }

    private String targets() {
        List<Outcome> baseline = byContender.get(BASELINE);
        String cleave = byContender.keySet().stream().filter(n -> n.startsWith(CLEAVE))
                .max(Comparator.comparingInt(n -> byContender.get(n).get(0).threads())).orElse(null);
        if (baseline == null || cleave == null) {
            return "";
        }
        List<Outcome> ours = byContender.get(cleave);
        double speed = median(baseline, Outcome::wallNanos) / median(ours, Outcome::wallNanos);
        double retained = median(ours, o -> o.heap().retained()) / median(baseline, o -> o.heap().retained());
        double peak = median(ours, o -> o.heap().peakAfterGc()) / median(baseline, o -> o.heap().peakAfterGc());
        double points = 100 * (ours.get(0).methodCalls().share() - baseline.get(0).methodCalls().share());
        return String.format(Locale.ROOT, "%nTargets, %s against %s (medians):%n"
                        + "- speed: %.1f× (target ≥ 3×): %s%n"
                        + "- retained heap: %.2f of the baseline's, peak heap after GC: %.2f (target ≤ 0.33): %s%n"
                        + "- method calls resolved: %+.1f points (target ≥ −2): %s%n",
                cleave, BASELINE, speed, verdict(speed >= 3), retained, peak,
                verdict(Math.max(retained, peak) <= 1.0 / 3), points, verdict(points >= -2));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "not met";
    }

    private static double median(List<Outcome> outcomes, ToLongFunction<Outcome> value) {
        long[] values = outcomes.stream().mapToLong(value).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    }

    private static String spread(List<Outcome> outcomes, ToLongFunction<Outcome> value, double unit, String format) {
        long min = outcomes.stream().mapToLong(value).min().orElseThrow();
        long max = outcomes.stream().mapToLong(value).max().orElseThrow();
        String median = String.format(Locale.ROOT, format, median(outcomes, value) / unit);
        return outcomes.size() == 1 ? median : median + " (" + String.format(Locale.ROOT, format, min / unit)
                + "–" + String.format(Locale.ROOT, format, max / unit) + ")";
    }

    private static String count(List<Outcome> outcomes, java.util.function.Function<Outcome, Tally> tally) {
        long total = tally.apply(outcomes.get(0)).total();
        return total == 0 ? "–" : String.format(Locale.ROOT, "%,d", total);
    }

    /** The resolved share; a range when runs disagree (they should not: every contender is deterministic). */
    private static String share(List<Outcome> outcomes, java.util.function.Function<Outcome, Tally> tally) {
        double min = outcomes.stream().mapToDouble(o -> tally.apply(o).share()).min().orElseThrow();
        double max = outcomes.stream().mapToDouble(o -> tally.apply(o).share()).max().orElseThrow();
        if (Double.isNaN(min)) {
            return "–";
        }
        String low = String.format(Locale.ROOT, "%.1f %%", 100 * min);
        return min == max ? low : low + "–" + String.format(Locale.ROOT, "%.1f %%", 100 * max);
    }
}
