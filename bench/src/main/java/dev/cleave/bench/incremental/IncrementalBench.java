package dev.cleave.bench.incremental;

import dev.cleave.bench.Corpus;
import dev.cleave.bench.BodyEdits;
import dev.cleave.bench.codegen.SyntheticSpringMonolith;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.GraphJson;
import dev.cleave.model.Node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The incremental-analysis benchmark (issue 15): on the JDK corpus and on a synthetic Spring monolith of about 280k
 * lines, the wall time of a full analysis, of a parse-only baseline, of the first analysis with an empty cache, of a
 * re-analysis with nothing changed, after a one-method-body change and after a signature change of a type that about
 * 100 files use. Every step runs in a fresh JVM ({@link IncrementalFork}), as a CI build would; after every edit a
 * full analysis runs too and its graph.json must equal the incremental one (else the benchmark fails).
 *
 * <p>Options: {@code --src-zip PATH}, {@code --work DIR} (bench/target/incremental), {@code --runs N} (3),
 * {@code --lines N} (280000), {@code --threads N} (all cores), {@code --xmx SIZE} (4g),
 * {@code --corpora jdk,synthetic}.
 */
public final class IncrementalBench {
    private final Map<String, String> options;
    private final Path work;
    private final int runs;
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private IncrementalBench(Map<String, String> options) {
        this.options = options;
        this.work = Path.of(options.getOrDefault("work", "target/incremental")).toAbsolutePath();
        this.runs = Integer.parseInt(options.getOrDefault("runs", "3"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new IncrementalBench(options).run();
    }

    private void run() throws Exception {
        String loadBefore = load();
        Files.createDirectories(work);
        for (String corpus : options.getOrDefault("corpora", "jdk,synthetic").split(",")) {
            measure(corpus, prepare(corpus));
        }
        String report = report(loadBefore, load());
        Files.writeString(work.resolve("incremental-bench.md"), report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    private Path prepare(String corpus) throws IOException {
        if (corpus.equals("jdk")) {
            Path zip = Path.of(options.getOrDefault("src-zip", "/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip"));
            return Corpus.extract(zip, work.resolve("jdk25-subset")).root();
        }
        Path root = work.resolve("synthetic");
        deleteTree(root);
        long lines = Long.parseLong(options.getOrDefault("lines", "280000"));
        SyntheticSpringMonolith.write(SyntheticSpringMonolith.Spec.of(lines), root);
        return root;
    }

    private void measure(String corpus, Path root) throws Exception {
        Path cache = work.resolve("cache-" + corpus);
        deleteTree(cache);
        List<Step> full = new ArrayList<>();
        List<Step> parse = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            full.add(fork("full", root, cache));
            parse.add(fork("parse", root, cache));
        }
        Step cold = fork("cached", root, cache);
        check(cold, full.get(0), corpus + ": first run with a cache");
        List<Step> unchanged = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            unchanged.add(fork("cached", root, cache));
            check(unchanged.get(r), full.get(0), corpus + ": unchanged");
        }
        Path bodyFile = bodyTarget(root);
        String bodyOriginal = Files.readString(bodyFile, StandardCharsets.ISO_8859_1);
        List<Step> body = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            Files.writeString(bodyFile, BodyEdits.withBodyChange(bodyOriginal, r), StandardCharsets.ISO_8859_1);
            body.add(fork("cached", root, cache));
            check(body.get(r), fork("full", root, cache), corpus + ": body change " + r);
        }
        Files.writeString(bodyFile, bodyOriginal, StandardCharsets.ISO_8859_1);
        fork("cached", root, cache);
        Target target = signatureTarget(root, cache);
        String sigOriginal = Files.readString(target.file(), StandardCharsets.ISO_8859_1);
        List<Step> signature = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            int end = sigOriginal.lastIndexOf('}');
            Files.writeString(target.file(), sigOriginal.substring(0, end) + "    public static void cleaveBench" + r
                    + "(int x) {}\n" + sigOriginal.substring(end), StandardCharsets.ISO_8859_1);
            signature.add(fork("cached", root, cache));
            check(signature.get(r), fork("full", root, cache), corpus + ": signature change " + r);
        }
        Files.writeString(target.file(), sigOriginal, StandardCharsets.ISO_8859_1);
        long lines = countLines(root);
        int files = full.get(0).files();
        String what = corpus + " (" + String.format(Locale.ROOT, "%,d", files) + " files, "
                + String.format(Locale.ROOT, "%,d", lines) + " lines)";
        double fullMedian = median(full);
        double fullCpu = medianCpu(full);
        row(what, "full analysis, no cache", full, fullMedian, fullCpu);
        row(what, "parse-only baseline (JavaParser, same threads)", parse, fullMedian, fullCpu);
        row(what, "first analysis, empty cache (builds it)", List.of(cold), fullMedian, fullCpu);
        row(what, "re-analysis, nothing changed", unchanged, fullMedian, fullCpu);
        row(what, "re-analysis after a one-method-body change (" + root.relativize(bodyFile) + ")", body,
                fullMedian, fullCpu);
        row(what, "re-analysis after a signature change of " + target.type() + " (used by " + target.users()
                + " files)", signature, fullMedian, fullCpu);
    }

    private void row(String corpus, String step, List<Step> steps, double fullMedian, double fullCpu) {
        double median = median(steps);
        double cpu = medianCpu(steps);
        Step last = steps.get(steps.size() - 1);
        rows.add(String.format(Locale.ROOT, "| %s | %s | %.2f (%.2f–%.2f) | %s | %.1f | %s | %d | %d | %d |", corpus,
                step, median / 1000, steps.stream().mapToLong(Step::millis).min().orElse(0) / 1000.0,
                steps.stream().mapToLong(Step::millis).max().orElse(0) / 1000.0,
                step.startsWith("full") ? "1×" : String.format(Locale.ROOT, "%.1f×", fullMedian / median),
                cpu / 1000, step.startsWith("full") ? "1×" : String.format(Locale.ROOT, "%.1f×", fullCpu / cpu),
                last.reused(), last.parsed(), last.resolved()));
    }

    /** A file with a public method whose body can take one more statement: the largest such file. */
    private static Path bodyTarget(Path root) throws IOException {
        return BodyEdits.largestEditable(root, p -> p.toString().contains("/java/util/ArrayList.java")
                || p.toString().endsWith("Service.java"));
    }

    /** A type and how many other files use it. */
    private record Target(String type, Path file, int users) {
    }

    /** The type whose number of using files (other than its own) is closest to 100, from the last graph. */
    private Target signatureTarget(Path root, Path cache) {
        CodeGraph graph = GraphJson.read(work.resolve("graph.json"));
        Map<String, String> fileOf = new HashMap<>();
        for (Node n : graph.nodes()) {
            fileOf.put(n.id(), n.sourceFile());
        }
        Map<String, Set<String>> users = new HashMap<>();
        for (Edge e : graph.edges()) {
            if (e.kind() != EdgeKind.CO_CHANGE && !fileOf.get(e.from()).equals(fileOf.get(e.to()))) {
                users.computeIfAbsent(e.to(), k -> new HashSet<>()).add(fileOf.get(e.from()));
            }
        }
        String best = users.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Set<String>>>comparingInt(e -> Math.abs(e.getValue().size() - 100))
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElseThrow();
        return new Target(best, root.resolve(fileOf.get(best)), users.get(best).size());
    }

    private void check(Step incremental, Step full, String what) {
        if (!incremental.sha().equals(full.sha())) {
            throw new IllegalStateException(what + ": the incremental graph.json differs from the full one");
        }
    }

    private record Step(String mode, long millis, String sha, int reused, int parsed, int resolved, int files,
                        String rebuilt, long cpuMillis) {
        static Step parse(String line) {
            String[] f = line.trim().split(" ");
            return new Step(f[0], Long.parseLong(f[1]), f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]), Integer.parseInt(f[6]), f[7], Long.parseLong(f[8]));
        }
    }

    private Step fork(String mode, Path root, Path cache) throws IOException, InterruptedException {
        String threads = options.getOrDefault("threads", "" + Runtime.getRuntime().availableProcessors());
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + options.getOrDefault("xmx", "4g"), "-Xss32m", "-cp", System.getProperty("java.class.path"),
                IncrementalFork.class.getName(), mode, root.toString(), cache.toString(), threads,
                work.resolve("graph.json").toString());
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(mode + " failed: " + out);
        }
        Step step = Step.parse(out.lines().reduce((a, b) -> b).orElseThrow());
        System.err.println(root.getFileName() + " " + out.trim());
        return step;
    }

    private String report(String loadBefore, String loadAfter) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(memory()).append(", JDK ").append(Runtime.version()).append(". Load average ")
                .append(loadBefore).append(" before, ").append(loadAfter).append(" after.\n");
        sb.append("- Every step in a fresh JVM (-Xmx").append(options.getOrDefault("xmx", "4g"))
                .append(" -Xss32m), ").append(options.getOrDefault("threads",
                        "" + Runtime.getRuntime().availableProcessors()))
                .append(" threads, git history off; times are the analysis call alone, median (min–max) of ")
                .append(runs).append(" runs; after every edit a full analysis gave the same graph.json bytes.\n\n");
        sb.append("| Corpus | Step | Wall s, median (min–max) | Faster than full | CPU s | Less CPU than full |"
                + " Files reused | Files parsed | Files resolved |\n");
        sb.append("|---|---|--:|--:|--:|--:|--:|--:|--:|\n");
        rows.forEach(r -> sb.append(r).append('\n'));
        notes.forEach(n -> sb.append("\n").append(n));
        return sb.toString();
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.0f GiB RAM", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException e) {
            return "RAM unknown";
        }
        return "RAM unknown";
    }

    private static double medianCpu(List<Step> steps) {
        return median(steps.stream().mapToLong(Step::cpuMillis).sorted().toArray());
    }

    private static double median(List<Step> steps) {
        return median(steps.stream().mapToLong(Step::millis).sorted().toArray());
    }

    private static double median(long[] ms) {
        return ms.length % 2 == 1 ? ms[ms.length / 2] : (ms[ms.length / 2 - 1] + ms[ms.length / 2]) / 2.0;
    }

    private static long countLines(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(".java")).mapToLong(Corpus::countLines).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
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
