package dev.cleave.bench.codegen;

import dev.cleave.bench.split.Samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The Markdown report of the code generation benchmark: machine, flags and monoliths in the header, one table per
 * monolith with a row per contender (median of its runs, nearest rank, and their spread), the generator's time
 * against the baselines', and every run with the load average around it.
 */
final class CodegenReport {
    private final String machine;
    private final String flags;
    private final int runs;
    private final List<CodegenBench.Monolith> monoliths;
    private final Map<String, Map<String, List<Properties>>> results = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final List<String> runLines = new ArrayList<>();
    private String load = "";

    CodegenReport(String machine, String flags, int runs, List<CodegenBench.Monolith> monoliths) {
        this.machine = machine;
        this.flags = flags;
        this.runs = runs;
        this.monoliths = monoliths;
    }

    void add(String monolith, int run, Properties p) {
        String contender = p.getProperty("contender");
        results.computeIfAbsent(monolith, k -> new LinkedHashMap<>()).computeIfAbsent(contender,
                k -> new ArrayList<>()).add(p);
        runLines.add(String.format(Locale.ROOT, "%d | %s | %s | %.2f s | %s / %s", run, monolith, contender,
                num(p, "wallNanos") / 1e9, p.getProperty("loadBefore"), p.getProperty("loadAfter")));
    }

    void fail(String monolith, String contender, String why) {
        failures.merge(monolith + " " + contender, why, (a, b) -> a + "; " + b);
    }

    void load(String beforeAfter) {
        this.load = beforeAfter;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("## Code generation benchmark, ").append(LocalDate.now()).append("\n\n")
                .append("- Machine: ").append(machine).append('\n')
                .append("- Each contender in its own JVM, one after another, ").append(runs)
                .append(" run(s) each, interleaved; JVM flags `").append(flags).append("`\n")
                .append("- Load average (1 min) before / after: ").append(load).append('\n');
        monoliths.forEach(m -> md.append("- ").append(m.name()).append(": ").append(m.description()).append('\n'));
        md.append('\n');
        for (CodegenBench.Monolith m : monoliths) {
            Map<String, List<Properties>> rows = results.getOrDefault(m.name(), Map.of());
            md.append("**").append(m.name()).append("**\n\n")
                    .append("| Contender | Wall s, median (min–max) | Files written | Unchanged | Output files "
                            + "| Output lines | of which Java | Services | GC s |\n")
                    .append("|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
            rows.forEach((contender, ps) -> md.append("| ").append(contender)
                    .append(" | ").append(spread(ps, "wallNanos", 1e9, "%.2f"))
                    .append(" | ").append(values(ps, "written"))
                    .append(" | ").append(values(ps, "unchanged"))
                    .append(" | ").append(values(ps, "outFiles"))
                    .append(" | ").append(values(ps, "outLines"))
                    .append(" | ").append(values(ps, "outJavaLines"))
                    .append(" | ").append(contender.startsWith("javaparser") || contender.equals("copy") ? "–"
                            : values(ps, "services"))
                    .append(" | ").append(spread(ps, "gcMillis", 1e3, "%.2f")).append(" |\n"));
            failures.forEach((key, why) -> {
                if (key.startsWith(m.name() + " ")) {
                    md.append("| ").append(key.substring(m.name().length() + 1)).append(" | failed: ").append(why)
                            .append(" | | | | | | | |\n");
                }
            });
            md.append('\n');
            List<Properties> gen = rows.get("generate");
            if (gen != null) {
                double g = samples(gen, "wallNanos").median();
                List<String> ratios = new ArrayList<>();
                for (String base : List.of("copy", "javaparser-parse", "regenerate")) {
                    List<Properties> b = rows.get(base);
                    if (b != null) {
                        ratios.add(String.format(Locale.ROOT, "%.1f× %s", g / samples(b, "wallNanos").median(),
                                base));
                    }
                }
                if (!ratios.isEmpty()) {
                    md.append("generate, median against median: ").append(String.join(", ", ratios)).append("\n\n");
                }
            }
        }
        md.append("Runs (run | monolith | contender | wall | load average before / after):\n\n");
        runLines.forEach(l -> md.append("- ").append(l).append('\n'));
        return md.toString();
    }

    private static double num(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    private static String values(List<Properties> ps, String key) {
        if (ps.stream().anyMatch(p -> p.getProperty(key) == null)) {
            return "–";
        }
        long min = (long) ps.stream().mapToDouble(p -> num(p, key)).min().orElseThrow();
        long max = (long) ps.stream().mapToDouble(p -> num(p, key)).max().orElseThrow();
        return min == max ? String.format(Locale.ROOT, "%,d", min) : String.format(Locale.ROOT, "%,d–%,d", min, max);
    }

    /** Median of a long-valued figure over the runs, with its range when the runs differ. */
    private static String spread(List<Properties> ps, String key, double unit, String format) {
        Samples v = samples(ps, key);
        String median = String.format(Locale.ROOT, format, v.median() / unit);
        String lo = String.format(Locale.ROOT, format, v.min() / unit);
        String hi = String.format(Locale.ROOT, format, v.max() / unit);
        return v.size() == 1 || lo.equals(hi) ? median : median + " (" + lo + "–" + hi + ")";
    }

    private static Samples samples(List<Properties> ps, String key) {
        return new Samples(ps.stream().mapToLong(p -> Long.parseLong(p.getProperty(key))).toArray());
    }
}
