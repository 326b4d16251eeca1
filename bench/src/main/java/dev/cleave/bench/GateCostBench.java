package dev.cleave.bench;

import dev.cleave.bench.codegen.SyntheticSpringMonolith;
import dev.cleave.model.PlanJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The gate's cost in a Maven build (issue 15, item 5): {@code mvn cleave:check} on the synthetic Spring monolith of
 * about 280k lines, as a CI build runs it, beside {@code mvn validate} on the same project (Maven's own start-up and
 * model building: the floor any goal pays). Rows: the check with no cache (a full analysis each time), with a warm
 * cache and nothing changed, and with a warm cache after a one-method-body change. Each run is a fresh {@code mvn}
 * process; the rows take turns within each round, so a change in the machine's load touches them alike. Every
 * check must pass (the first, untimed run records the baseline, as a team does when it switches the gate on).
 *
 * <p>Options: {@code --work DIR} (target/gate-cost), {@code --runs N} (3), {@code --lines N} (280000),
 * {@code --mvn PATH} (mvn), {@code --plugin G:A:V} (the plugin's coordinates).
 */
public final class GateCostBench {
    private static final Pattern CACHE_LINE = Pattern.compile("Cleave: (cache[^\\n]*|\\d+ files?[^\\n]*)");

    private final Path work;
    private final int runs;
    private final long lines;
    private final String mvn;
    private final String plugin;
    private final List<String> notes = new ArrayList<>();

    private GateCostBench(Map<String, String> options) {
        this.work = Path.of(options.getOrDefault("work", "target/gate-cost")).toAbsolutePath();
        this.runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        this.lines = Long.parseLong(options.getOrDefault("lines", "280000"));
        this.mvn = options.getOrDefault("mvn", "mvn");
        this.plugin = options.getOrDefault("plugin", "dev.cleave:cleave-maven-plugin:0.1.0-SNAPSHOT");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new GateCostBench(options).run();
    }

    private void run() throws Exception {
        Path root = work.resolve("synthetic");
        delete(root);
        Files.createDirectories(work.resolve("logs"));
        SyntheticSpringMonolith.Written written = SyntheticSpringMonolith.write(SyntheticSpringMonolith.Spec.of(lines),
                root);
        PlanJson.write(written.plan(), root.resolve("cleave-plan.json"));
        Path edited = BodyEdits.largestEditable(root.resolve("src/main/java"), p -> true);
        String original = BodyEdits.read(edited);
        String machine = Machine.current().describe();
        double loadBefore = Machine.loadAverage();
        mvn(root, "warm-up-validate", List.of("validate"));
        // the plan has no wiring yet, so the first check finds violations: it fails (its verdict is taken against the
        // baseline as it was) and records them as the baseline, after which the checks pass
        Result first = mvn(root, "first-check", List.of(plugin + ":check", "-Dcleave.updateBaseline=true"), true);
        if (!Files.isRegularFile(root.resolve("cleave-baseline.json"))) {
            throw new IllegalStateException("the first check wrote no baseline, see " + work.resolve("logs"));
        }
        notes.add("first check (untimed: records the baseline of the plan's " + violations(root)
                + " violations, fills the cache): " + first.millis + " ms, " + first.cache);
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        Map<String, String> cacheLines = new LinkedHashMap<>();
        for (int round = 1; round <= runs; round++) {
            time(rows, cacheLines, "`mvn validate` (floor: Maven alone)", mvn(root, "validate-" + round,
                    List.of("validate")));
            time(rows, cacheLines, "`mvn cleave:check`, no cache (full analysis)", mvn(root, "cold-" + round,
                    List.of(plugin + ":check", "-Dcleave.noCache=true")));
            time(rows, cacheLines, "`mvn cleave:check`, warm cache, nothing changed", mvn(root, "warm-" + round,
                    List.of(plugin + ":check")));
            Files.writeString(edited, BodyEdits.withBodyChange(original, round), StandardCharsets.ISO_8859_1);
            time(rows, cacheLines, "`mvn cleave:check`, warm cache, one method body changed", mvn(root,
                    "body-" + round, List.of(plugin + ":check")));
        }
        Files.writeString(edited, original, StandardCharsets.ISO_8859_1);
        double loadAfter = Machine.loadAverage();
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "- Machine: %s; load average %.1f before, %.1f after.%n", machine,
                loadBefore, loadAfter));
        report.append(String.format(Locale.ROOT, "- Project: the synthetic Spring monolith, %,d Java files, %,d lines"
                + " (`SyntheticSpringMonolith`, %,d lines asked), its capability plan as `cleave-plan.json`.%n",
                written.javaFiles(), written.javaLines(), lines));
        report.append("- Edited file for the body change: `").append(root.relativize(edited)).append("`.\n\n");
        report.append("| Build | Runs | Wall s, median (min–max) | Over the floor, s (median) | Cache |\n");
        report.append("|---|--:|--:|--:|---|\n");
        long floor = median(rows.values().iterator().next());
        rows.forEach((name, times) -> report.append(String.format(Locale.ROOT, "| %s | %d | %.1f (%.1f–%.1f) | %s | %s |%n",
                name, times.size(), median(times) / 1000.0, min(times) / 1000.0, max(times) / 1000.0,
                name.contains("floor") ? "–" : String.format(Locale.ROOT, "%.1f", (median(times) - floor) / 1000.0),
                cacheLines.getOrDefault(name, "–"))));
        report.append('\n');
        notes.forEach(n -> report.append("- ").append(n).append('\n'));
        Files.writeString(work.resolve("gate-cost.md"), report.toString());
        System.out.print(report);
    }

    private record Result(long millis, String cache) {
    }

    private static void time(Map<String, List<Long>> rows, Map<String, String> cache, String row, Result r) {
        rows.computeIfAbsent(row, k -> new ArrayList<>()).add(r.millis);
        if (!r.cache.isEmpty()) {
            cache.put(row, r.cache);
        }
    }

    private Result mvn(Path root, String name, List<String> goals) throws IOException, InterruptedException {
        return mvn(root, name, goals, false);
    }

    private Result mvn(Path root, String name, List<String> goals, boolean mayFail)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mvn, "-B", "-o", "-f", root.resolve("pom.xml").toString()));
        command.addAll(goals);
        Path log = work.resolve("logs").resolve(name + ".log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (exit != 0 && !mayFail) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + exit + "), see " + log);
        }
        List<String> cache = new ArrayList<>();
        Matcher m = CACHE_LINE.matcher(out);
        while (m.find()) {
            cache.add(m.group(1).strip());
        }
        return new Result(millis, String.join("; ", cache).replace("|", "/"));
    }

    private static String violations(Path root) throws IOException {
        Matcher m = Pattern.compile("\"fingerprint\"").matcher(Files.readString(root.resolve("cleave-baseline.json")));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long min(List<Long> values) {
        return values.stream().min(Long::compare).orElse(0L);
    }

    private static long max(List<Long> values) {
        return values.stream().max(Long::compare).orElse(0L);
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
