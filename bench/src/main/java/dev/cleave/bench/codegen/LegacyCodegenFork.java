package dev.cleave.bench.codegen;

import com.github.javaparser.ast.CompilationUnit;
import dev.cleave.bench.HeapFigures;
import dev.cleave.bench.HeapMeter;
import dev.cleave.bench.split.Host;
import dev.cleave.bench.split.Samples;
import dev.cleave.codegen.GenerateOptions;
import dev.cleave.codegen.GenerationResult;
import dev.cleave.codegen.Generator;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Runs one contender of {@link LegacyCodegenBench} in the JVM forked for it: {@code warmup} iterations, then
 * {@code iterations} measured ones, all recorded (the first is the cold shot a CLI run pays). Each iteration is timed
 * alone: deleting the previous output, collecting the garbage before and measuring the heap after are not timed.
 *
 * <p>Arguments: {@code <contender> <monolithRoot> <plan.json> <classpath.txt or -> <outputDir> <warmup> <iterations>
 * <outcome.properties>}. Contenders:
 * <ul>
 *   <li>{@code javaparser-parse}: JavaParser (language level 17, no symbol solver) parses every file of
 *       {@code src/main/java}, keeping the trees ({@link CodegenFork#parse});</li>
 *   <li>{@code generate}: {@code Generator.generate(null, plan, options)} of all services into an empty output
 *       directory, with the monolith's dependency jars as classpath.</li>
 * </ul>
 * Per iteration, as comma-separated lists in iteration order: {@code wallNanos}, {@code cpuNanos} and
 * {@code allocBytes} (CPU time of and bytes allocated by the measuring thread, which does all the work of both
 * contenders but the collector's: on a shared machine the CPU time does not count the waits for a core),
 * {@code gcMillis} (collection time the collectors
 * report during the iteration), {@code peakAfterGc} and {@code retained} (bytes, {@link HeapMeter}: the largest heap
 * after any collection during the iteration, and the heap after a forced full collection at its end, its result still
 * reachable).
 */
public final class LegacyCodegenFork {
    static final List<String> CONTENDERS = List.of("javaparser-parse", "generate");

    private LegacyCodegenFork() {
    }

    public static void main(String[] args) throws IOException {
        String contender = args[0];
        if (!CONTENDERS.contains(contender)) {
            throw new IllegalArgumentException("unknown contender " + contender + "; known: " + CONTENDERS);
        }
        Path monolith = Path.of(args[1]);
        Plan plan = PlanJson.read(Path.of(args[2]));
        List<Path> classpath = args[3].equals("-") ? List.of() : CodegenFork.classpath(Path.of(args[3]));
        Path output = Path.of(args[4]);
        int runs = Integer.parseInt(args[5]) + Integer.parseInt(args[6]);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[][] figures = new long[6][runs];
        Properties out = new Properties();
        out.setProperty("contender", contender);
        out.setProperty("warmup", args[5]);
        out.setProperty("loadBefore", load());
        for (int i = 0; i < runs; i++) {
            if (contender.equals("generate")) {
                CodegenFork.delete(output);
            }
            HeapMeter meter = HeapMeter.start();
            long gc0 = Host.gcMillis();
            long a0 = threads.getCurrentThreadAllocatedBytes();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Object kept = contender.equals("generate")
                    ? Generator.generate(null, plan, GenerateOptions.of(monolith, output).withClasspath(classpath))
                    : CodegenFork.parse(monolith.resolve("src/main/java"));
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            long a1 = threads.getCurrentThreadAllocatedBytes();
            long gc1 = Host.gcMillis();
            HeapFigures heap = meter.finish();
            Reference.reachabilityFence(kept);
            long[] row = {t1 - t0, c1 - c0, a1 - a0, gc1 - gc0, heap.peakAfterGc(), heap.retained()};
            for (int f = 0; f < row.length; f++) {
                figures[f][i] = row[f];
            }
            describe(kept, out);
            System.out.printf(Locale.ROOT, "%s %d: %.2f s (CPU %.2f s), %.0f MiB allocated, peak after GC %.0f MiB%n",
                    contender, i + 1, row[0] / 1e9, row[1] / 1e9, row[2] / 1048576.0, row[4] / 1048576.0);
        }
        String[] keys = {"wallNanos", "cpuNanos", "allocBytes", "gcMillis", "peakAfterGc", "retained"};
        for (int f = 0; f < keys.length; f++) {
            out.setProperty(keys[f], Samples.format(figures[f]));
        }
        if (contender.equals("generate")) {
            CodegenFork.count(output, out);
        }
        out.setProperty("services", Integer.toString(plan.services().size()));
        out.setProperty("loadAfter", load());
        try (OutputStream stream = Files.newOutputStream(Path.of(args[7]))) {
            out.store(stream, null);
        }
    }

    /** What the last iteration made: files written and warnings of a generation, units parsed. */
    private static void describe(Object result, Properties out) {
        if (result instanceof GenerationResult g) {
            out.setProperty("written", Integer.toString(g.written().size()));
            out.setProperty("warnings", Integer.toString(g.warnings().size()));
        } else if (result instanceof List<?> units) {
            out.setProperty("parsed", Long.toString(units.stream().filter(CompilationUnit.class::isInstance).count()));
        }
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.2f", Host.load());
    }
}
