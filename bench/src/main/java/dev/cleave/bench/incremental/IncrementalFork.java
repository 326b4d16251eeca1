package dev.cleave.bench.incremental;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import dev.cleave.analyzer.Analyzer;
import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.analyzer.CacheReport;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.GraphExports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * One measured step in a fresh JVM, as a CI build runs {@code cleave check}: a full analysis, an analysis with the
 * cache, or parsing every file with JavaParser (the parse-only baseline, on all threads). Prints one line:
 * {@code mode wallMillis sha256-of-graph.json reused parsed resolved files rebuilt cpuMillis}; the wall time is the
 * analysis (or parsing) alone, from its call to its return, and the CPU time the process used meanwhile (all its
 * threads: workers, JIT compilers, GC), a figure less at the mercy of other loads on a shared machine;
 * {@code graph.json} is written to the given file for full and cached runs.
 *
 * <p>Arguments: mode ({@code full}, {@code cached}, {@code parse}), project root, cache folder, threads, graph file.
 */
public final class IncrementalFork {
    private IncrementalFork() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path root = Path.of(args[1]);
        Path cache = Path.of(args[2]);
        int threads = Integer.parseInt(args[3]);
        if (mode.equals("parse")) {
            long cpu = cpuNanos();
            long start = System.nanoTime();
            int parsed = parseAll(root, threads);
            System.out.printf(Locale.ROOT, "parse %d - 0 %d 0 %d - %d%n", (System.nanoTime() - start) / 1_000_000,
                    parsed, parsed, (cpuNanos() - cpu) / 1_000_000);
            return;
        }
        AnalyzerOptions options = AnalyzerOptions.of(root).withGitCommits(0).withThreads(threads);
        options = mode.equals("full") ? options.withoutCache() : options.withCache(cache);
        AtomicReference<CacheReport> report = new AtomicReference<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void phase(String name, long totalUnits) {
            }

            @Override
            public void advance(long units) {
            }

            @Override
            public void cache(CacheReport r) {
                report.set(r);
            }
        };
        long cpu = cpuNanos();
        long start = System.nanoTime();
        CodeGraph graph = Analyzer.analyze(options, listener);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (cpuNanos() - cpu) / 1_000_000;
        String json = GraphExports.write(graph, GraphExports.Format.JSON);
        Files.writeString(Path.of(args[4]), json, StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(json.getBytes(StandardCharsets.UTF_8)));
        CacheReport r = report.get();
        System.out.printf(Locale.ROOT, "%s %d %s %d %d %d %d %s %d%n", mode, millis, sha,
                r == null ? 0 : r.reused(), r == null ? graph.stats().files() : r.parsed(),
                r == null ? graph.stats().files() : r.resolved(), graph.stats().files(),
                r == null || r.rebuilt() == null ? "-" : r.rebuilt().replace(' ', '_'), cpuMillis);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Parses every .java file under the root on {@code threads} threads; returns how many parsed. */
    private static int parseAll(Path root, int threads) throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(root)) {
            files = all.filter(p -> p.toString().endsWith(".java")
                    && !root.relativize(p).toString().startsWith("target/")).sorted().toList();
        }
        java.util.concurrent.atomic.AtomicInteger ok = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(null, () -> {
                JavaParser parser = new JavaParser(new ParserConfiguration()
                        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25).setAttributeComments(false));
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    try {
                        if (parser.parse(files.get(i)).getResult().isPresent()) {
                            ok.incrementAndGet();
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }, "parse-" + t, 32L << 20);
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return ok.get();
    }
}
