package dev.cleave.bench.codegen;

import dev.cleave.bench.split.Samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.LongFunction;

/**
 * The Markdown report of {@link LegacyCodegenBench}: machine, flags, iterations and monolith in the header; a row per
 * contender with the first iteration of each JVM (cold) and the measured iterations after the warm-up (warm), as
 * medians (nearest rank) with their range; the heap after the first and the last iteration (what one generation
 * leaves behind in a JVM that goes on); the generator against the baseline; and every iteration of every fork with
 * the load average around the fork.
 */
final class LegacyCodegenReport {
    private static final double MIB = 1 << 20;

    private final String machine;
    private final String flags;
    private final int forks;
    private final int warmup;
    private final int iterations;
    private final String corpus;
    private final Map<String, List<Properties>> results = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final List<String> runLines = new ArrayList<>();
    private String load = "";

    LegacyCodegenReport(String machine, String flags, int forks, int warmup, int iterations, String corpus) {
        this.machine = machine;
        this.flags = flags;
        this.forks = forks;
        this.warmup = warmup;
        this.iterations = iterations;
        this.corpus = corpus;
    }

    void add(int fork, Properties p) {
        String contender = p.getProperty("contender");
        results.computeIfAbsent(contender, k -> new ArrayList<>()).add(p);
        long[] wall = values(p, "wallNanos");
        long[] cpu = values(p, "cpuNanos");
        List<String> times = new ArrayList<>();
        for (int i = 0; i < wall.length; i++) {
            times.add(String.format(Locale.ROOT, "%.2f (%.2f)%s", wall[i] / 1e9, cpu[i] / 1e9, i < warmup ? "w" : ""));
        }
        runLines.add(String.format(Locale.ROOT, "fork %d | %s | %s | %s / %s", fork, contender,
                String.join(", ", times), p.getProperty("loadBefore"), p.getProperty("loadAfter")));
    }

    void fail(String contender, String why) {
        failures.merge(contender, why, (a, b) -> a + "; " + b);
    }

    void load(String beforeAfter) {
        this.load = beforeAfter;
    }

    String markdown(long lines) {
        StringBuilder md = new StringBuilder();
        md.append("## Code generation benchmark, synthetic legacy monolith, ").append(LocalDate.now()).append("\n\n")
                .append("- Machine: ").append(machine).append('\n')
                .append("- ").append(forks).append(" JVM(s) per contender, interleaved, each ").append(warmup)
                .append(" warm-up + ").append(iterations).append(" measured iteration(s); JVM flags `").append(flags)
                .append("`\n")
                .append("- Load average (1 min) before / after: ").append(load).append('\n')
                .append("- Monolith: ").append(corpus).append("\n\n")
                .append("| Contender | Cold s, median (min–max) | Warm s, median (min–max) | Lines/s, warm | "
                        + "Thread CPU s, cold | Thread CPU s, warm | "
                        + "Allocated MiB, warm | Peak heap after GC MiB, cold | Retained MiB, first → last iteration "
                        + "| GC s, warm "
                        + "| Output files | Output lines | of which Java |\n")
                .append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        results.forEach((contender, ps) -> {
            Samples warm = warm(ps, "wallNanos");
            md.append("| ").append(contender)
                    .append(" | ").append(spread(cold(ps), n -> String.format(Locale.ROOT, "%.2f", n / 1e9)))
                    .append(" | ").append(spread(warm, n -> String.format(Locale.ROOT, "%.2f", n / 1e9)))
                    .append(" | ").append(String.format(Locale.ROOT, "%,.0f", lines / (warm.median() / 1e9)))
                    .append(" | ").append(spread(at(ps, "cpuNanos", 0), n -> String.format(Locale.ROOT, "%.2f", n / 1e9)))
                    .append(" | ").append(spread(warm(ps, "cpuNanos"), n -> String.format(Locale.ROOT, "%.2f", n / 1e9)))
                    .append(" | ").append(spread(warm(ps, "allocBytes"), n -> String.format(Locale.ROOT, "%,.0f", n / MIB)))
                    .append(" | ").append(spread(at(ps, "peakAfterGc", 0), n -> String.format(Locale.ROOT, "%,.0f", n / MIB)))
                    .append(" | ").append(String.format(Locale.ROOT, "%,.0f → %,.0f", at(ps, "retained", 0).median() / MIB,
                            at(ps, "retained", -1).median() / MIB))
                    .append(" | ").append(spread(warm(ps, "gcMillis"), n -> String.format(Locale.ROOT, "%.2f", n / 1e3)))
                    .append(" | ").append(count(ps, "outFiles"))
                    .append(" | ").append(count(ps, "outLines"))
                    .append(" | ").append(count(ps, "outJavaLines")).append(" |\n");
        });
        failures.forEach((contender, why) -> md.append("| ").append(contender).append(" | failed: ").append(why)
                .append(" | | | | | | | | | | | |\n"));
        List<Properties> gen = results.get("generate");
        List<Properties> parse = results.get("javaparser-parse");
        if (gen != null && parse != null) {
            md.append(String.format(Locale.ROOT, "%ngenerate against javaparser-parse, median against median: wall %.1f×"
                            + " warm, %.1f× cold; thread CPU %.1f× warm, %.1f× cold%n",
                    ratio(warm(gen, "wallNanos"), warm(parse, "wallNanos")), ratio(cold(gen), cold(parse)),
                    ratio(warm(gen, "cpuNanos"), warm(parse, "cpuNanos")),
                    ratio(at(gen, "cpuNanos", 0), at(parse, "cpuNanos", 0))));
        }
        md.append("\nIterations (fork | contender | wall s (thread CPU s), w = warm-up | load average before / after the"
                + " fork):\n\n");
        runLines.forEach(l -> md.append("- ").append(l).append('\n'));
        return md.toString();
    }

    private static double ratio(Samples a, Samples b) {
        return a.median() / (double) b.median();
    }

    /** The measured iterations of every fork, pooled. */
    private Samples warm(List<Properties> ps, String key) {
        return new Samples(ps.stream().flatMapToLong(p -> {
            long[] v = values(p, key);
            return Arrays.stream(v, Math.min(warmup, v.length - 1), v.length);
        }).toArray());
    }

    /** The first iteration of every fork: the cold shot. */
    private static Samples cold(List<Properties> ps) {
        return at(ps, "wallNanos", 0);
    }

    /** A figure of one iteration of every fork: the first for 0, the last for -1. */
    private static Samples at(List<Properties> ps, String key, int iteration) {
        return new Samples(ps.stream().mapToLong(p -> {
            long[] v = values(p, key);
            return v[iteration < 0 ? v.length + iteration : iteration];
        }).toArray());
    }

    /** A per-iteration figure of a fork, in iteration order. */
    private static long[] values(Properties p, String key) {
        return Arrays.stream(p.getProperty(key).split(",")).mapToLong(Long::parseLong).toArray();
    }

    private static String spread(Samples s, LongFunction<String> format) {
        String median = format.apply(s.median());
        String lo = format.apply(s.min());
        String hi = format.apply(s.max());
        return s.size() == 1 || lo.equals(hi) ? median : median + " (" + lo + "–" + hi + ")";
    }

    private static String count(List<Properties> ps, String key) {
        if (ps.stream().anyMatch(p -> p.getProperty(key) == null)) {
            return "–";
        }
        long min = ps.stream().mapToLong(p -> Long.parseLong(p.getProperty(key))).min().orElseThrow();
        long max = ps.stream().mapToLong(p -> Long.parseLong(p.getProperty(key))).max().orElseThrow();
        return min == max ? String.format(Locale.ROOT, "%,d", min) : String.format(Locale.ROOT, "%,d–%,d", min, max);
    }
}
