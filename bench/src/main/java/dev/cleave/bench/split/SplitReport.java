package dev.cleave.bench.split;

import dev.cleave.splitter.synthetic.SyntheticSpec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.ToDoubleFunction;

/**
 * The Markdown report of the split benchmark: machine, flags and specs in the header, one row per split contender
 * (median of its runs and their spread), one row per what-if operation (samples of all runs pooled), the issue's
 * targets, and every run with the load average around it.
 */
final class SplitReport {
    private static final double SPLIT_TARGET_S = 5.0;
    private static final double MOVE_TARGET_MS = 20.0;

    private final String machine;
    private final String flags;
    private final int runs;
    private final SyntheticSpec spec;
    private final SyntheticSpec whatIfSpec;
    private final int moves;
    private final Map<String, List<Properties>> byContender = new LinkedHashMap<>();
    private final List<String> runLines = new ArrayList<>();
    private final Map<String, String> failures = new LinkedHashMap<>();
    private String load = "";

    SplitReport(String machine, String flags, int runs, SyntheticSpec spec, SyntheticSpec whatIfSpec, int moves) {
        this.machine = machine;
        this.flags = flags;
        this.runs = runs;
        this.spec = spec;
        this.whatIfSpec = whatIfSpec;
        this.moves = moves;
    }

    void add(int run, Properties p) {
        String name = p.getProperty("contender");
        byContender.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
        String what = name.equals("whatif")
                ? "move median " + Samples.ms(Samples.parse(p.getProperty("move1")).median()) + " ms, p99 "
                + Samples.ms(Samples.parse(p.getProperty("move1")).percentile(99)) + " ms"
                : String.format(Locale.ROOT, "%.2f s", num(p, "wallNanos") / 1e9);
        runLines.add(String.format(Locale.ROOT, "%d | %s | %s | %s / %s", run, name, what, p.getProperty("loadBefore"),
                p.getProperty("loadAfter")));
    }

    void fail(String contender, String why) {
        failures.merge(contender, why, (a, b) -> a + "; " + b);
    }

    void load(String beforeAfter) {
        this.load = beforeAfter;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("## Split benchmark, ").append(LocalDate.now()).append("\n\n")
                .append("- Machine: ").append(machine).append('\n')
                .append("- Each contender in its own JVM, one after another, ").append(runs)
                .append(" run(s) each, interleaved; JVM flags `").append(flags).append("`\n")
                .append("- Load average (1 min) before / after: ").append(load).append("\n");
        List<Properties> any = firstSplit();
        if (any != null) {
            Properties p = any.get(0);
            md.append(String.format(Locale.ROOT, "- Split graph: `SyntheticMonolith.generate(new SyntheticSpec(%d, %.2f,"
                            + " %d, 0, %s, 0.05))`: %,d classes, %,d edges, %s planted services plus a shared layer\n",
                    spec.classes(), spec.noise(), spec.seed(), fmt(spec.edgesPerClass()), (long) num(p, "classes"),
                    (long) num(p, "edges"), p.getProperty("planted")));
        }
        if (byContender.containsKey("whatif")) {
            Properties p = byContender.get("whatif").get(0);
            md.append(String.format(Locale.ROOT, "- What-if plan: `Splitter.split` (defaults) of `SyntheticSpec.of(%d,"
                            + " %.2f, %d)`: %,d classes, %,d edges, %s services holding %,d classes\n",
                    whatIfSpec.classes(), whatIfSpec.noise(), whatIfSpec.seed(), (long) num(p, "classes"),
                    (long) num(p, "edges"), p.getProperty("services"), (long) num(p, "inServices")));
        }
        md.append('\n');
        if (any != null) {
            md.append("| Contender | Wall s, median (min–max) | Graph build s | Clustering s | Services / clusters "
                            + "| Largest | Shared / unassigned | MoJoFM vs planted | GC s |\n")
                    .append("|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
            byContender.forEach((name, ps) -> {
                if (!name.equals("whatif")) {
                    md.append(splitRow(name, ps));
                }
            });
            failures.forEach((name, why) -> {
                if (!name.equals("whatif")) {
                    md.append("| ").append(name).append(" | failed: ").append(why).append(" | | | | | | | |\n");
                }
            });
            md.append('\n');
        }
        if (byContender.containsKey("whatif") || failures.containsKey("whatif")) {
            md.append(whatIf());
        }
        md.append(targets());
        md.append("\nRuns (run | contender | result | load average before / after):\n\n");
        runLines.forEach(l -> md.append("- ").append(l).append('\n'));
        return md.toString();
    }

    private List<Properties> firstSplit() {
        return byContender.entrySet().stream().filter(e -> !e.getKey().equals("whatif")).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private String splitRow(String name, List<Properties> ps) {
        boolean build = !name.equals("cleave-split");
        return "| " + name + " | " + spread(ps, p -> num(p, "wallNanos") / 1e9, "%.2f")
                + " | " + (build ? spread(ps, p -> num(p, "buildNanos") / 1e9, "%.2f") : "–")
                + " | " + (build ? spread(ps, p -> num(p, "clusterNanos") / 1e9, "%.2f") : "–")
                + " | " + values(ps, "clusters") + " | " + values(ps, "largest")
                + " | " + values(ps, "shared") + " / " + values(ps, "unassigned")
                + " | " + spread(ps, p -> num(p, "mojoFm"), "%.1f")
                + " | " + spread(ps, p -> num(p, "gcMillis") / 1e3, "%.2f") + " |\n";
    }

    private String whatIf() {
        StringBuilder md = new StringBuilder();
        List<Properties> ps = byContender.get("whatif");
        if (ps == null) {
            return "What-if: failed: " + failures.get("whatif") + "\n\n";
        }
        md.append(String.format(Locale.ROOT, "What-if, %d JVM(s); per run %,d one-class round trips after %,d"
                        + " untimed, %,d 50-class moves with their undo after %,d untimed, %,d full re-scores of each"
                        + " kind. Times in ms, all runs' samples pooled (per-run medians in brackets):%n%n",
                ps.size(), moves, moves / 5, moves / 5, moves / 25, Math.max(10, moves / 50)))
                .append("| Operation | Samples | Median | p99 | Max | Per-run medians |\n")
                .append("|---|--:|--:|--:|--:|--:|\n")
                .append(sampleRow("`WhatIf.move`, 1 class to another service", ps, "move1"))
                .append(sampleRow("`WhatIf.move`, the class back", ps, "back1"))
                .append(sampleRow("`WhatIf.move`, 50 classes to one service", ps, "move50"))
                .append(sampleRow("`WhatIf.undo` of the 50-class move", ps, "undo50"))
                .append(sampleRow("baseline: `PlanScorer.score` after a 1-class move", ps, "score1"))
                .append(sampleRow("baseline: `PlanScorer.score` after a 50-class move", ps, "score50"))
                .append(sampleRow("(`WhatIf.plan()`, the moved plan the baseline scores)", ps, "rebuild"))
                .append('\n')
                .append(String.format(Locale.ROOT, "- `new WhatIf(graph, plan, weights)`: %s ms median; the first"
                                + " move of each JVM (cold): %s ms median, %s ms at most%n",
                        spread(ps, p -> num(p, "constructNanos") / 1e6, "%.1f"),
                        spread(ps, p -> num(p, "firstMoveNanos") / 1e6, "%.2f"),
                        String.format(Locale.ROOT, "%.2f", ps.stream().mapToDouble(p -> num(p, "firstMoveNanos"))
                                .max().orElse(0) / 1e6)))
                .append(String.format(Locale.ROOT, "- Metrics after a move equal `PlanScorer.score` of the moved plan"
                                + " (integers exactly, shares and Q to 1e-9): %d mismatches in %d checks%n%n",
                        (long) ps.stream().mapToDouble(p -> num(p, "mismatches")).sum(),
                        (long) ps.stream().mapToDouble(p -> num(p, "checked")).sum()));
        return md.toString();
    }

    private static String sampleRow(String label, List<Properties> ps, String key) {
        List<Samples> parts = ps.stream().map(p -> Samples.parse(p.getProperty(key))).toList();
        Samples all = Samples.pool(parts);
        String medians = String.join(", ", parts.stream().map(s -> Samples.ms(s.median())).toList());
        return "| " + label + " | " + String.format(Locale.ROOT, "%,d", all.size()) + " | "
                + Samples.ms(all.median()) + " | " + Samples.ms(all.percentile(99)) + " | " + Samples.ms(all.max())
                + " | " + medians + " |\n";
    }

    private String targets() {
        StringBuilder md = new StringBuilder("Targets (issue 3, item 5):\n");
        List<Properties> split = byContender.get("cleave-split");
        if (split != null) {
            double median = median(split, p -> num(p, "wallNanos") / 1e9);
            double worst = split.stream().mapToDouble(p -> num(p, "wallNanos") / 1e9).max().orElseThrow();
            md.append(String.format(Locale.ROOT, "- split of the %,d-class graph ≤ %.0f s: median %.2f s, slowest"
                            + " %.2f s: %s%n", spec.classes(), SPLIT_TARGET_S, median, worst,
                    median <= SPLIT_TARGET_S ? (worst <= SPLIT_TARGET_S ? "met" : "met by the median, not by every run")
                            : "not met"));
        }
        List<Properties> w = byContender.get("whatif");
        if (w != null) {
            Samples one = Samples.pool(w.stream().flatMap(p -> List.of(Samples.parse(p.getProperty("move1")),
                    Samples.parse(p.getProperty("back1"))).stream()).toList());
            Samples fifty = Samples.pool(w.stream().map(p -> Samples.parse(p.getProperty("move50"))).toList());
            double firstMax = w.stream().mapToDouble(p -> num(p, "firstMoveNanos")).max().orElse(0) / 1e6;
            double worst = Math.max(Math.max(one.max(), fifty.max()) / 1e6, firstMax);
            md.append(String.format(Locale.ROOT, "- what-if move on the %,d-class plan ≤ %.0f ms: 1 class p99 %s ms,"
                            + " 50 classes p99 %s ms; slowest of all moves, cold first moves included, %.2f ms: %s%n",
                    whatIfSpec.classes(), MOVE_TARGET_MS, Samples.ms(one.percentile(99)),
                    Samples.ms(fifty.percentile(99)), worst, worst <= MOVE_TARGET_MS ? "met"
                            : one.percentile(99) / 1e6 <= MOVE_TARGET_MS ? "met at p99, not by every move" : "not met"));
        }
        return md.toString();
    }

    private static double num(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    private static String values(List<Properties> ps, String key) {
        long min = (long) ps.stream().mapToDouble(p -> num(p, key)).min().orElseThrow();
        long max = (long) ps.stream().mapToDouble(p -> num(p, key)).max().orElseThrow();
        return min == max ? String.format(Locale.ROOT, "%,d", min) : String.format(Locale.ROOT, "%,d–%,d", min, max);
    }

    private static double median(List<Properties> ps, ToDoubleFunction<Properties> value) {
        double[] v = ps.stream().mapToDouble(value).sorted().toArray();
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    private static String spread(List<Properties> ps, ToDoubleFunction<Properties> value, String format) {
        double min = ps.stream().mapToDouble(value).min().orElseThrow();
        double max = ps.stream().mapToDouble(value).max().orElseThrow();
        String median = String.format(Locale.ROOT, format, median(ps, value));
        String lo = String.format(Locale.ROOT, format, min);
        String hi = String.format(Locale.ROOT, format, max);
        return ps.size() == 1 || lo.equals(hi) ? median : median + " (" + lo + "–" + hi + ")";
    }

    private static String fmt(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
