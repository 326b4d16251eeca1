package dev.cleave.bench.scale;

import dev.cleave.bench.PropertiesFork;
import dev.cleave.bench.codegen.CodegenFork;
import dev.cleave.bench.codegen.SyntheticSpringMonolith;
import dev.cleave.bench.split.Host;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Generation at scale (issue 15, item 4): {@code Generator.generate} of every service of a large synthetic Spring
 * Boot monolith ({@link SyntheticSpringMonolith}, by default {@code new Spec(271000, 14, 1)}: 50 capabilities, one
 * service each) in a JVM with a 2 GiB heap, beside a plain copy of its sources into the same layout, each run its own
 * JVM ({@link CodegenFork}: {@code generate}, {@code copy}), interleaved. Records wall time, the heap's peak after
 * any collection and the files written. Writes {@code <work>/scale-generation.md} and prints it.
 *
 * <p>Options: {@code --classpath FILE} (required: the monolith's jars), {@code --work DIR} (target), {@code --runs N}
 * (1), {@code --xmx SIZE} (2g), {@code --lines N} (271000), {@code --entities N} (14), {@code --seed N} (1),
 * {@code --timeout-minutes N} (20).
 */
public final class GenerationScale {
    private static final double GIB = 1L << 30;

    private GenerationScale() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        String before = ScaleReport.machine();
        Path root = o.work.resolve("codegen-corpus/scale-" + o.lines + "-" + o.entities + "-" + o.seed);
        ScaleCorpus.delete(root);
        SyntheticSpringMonolith.Written w = SyntheticSpringMonolith.write(
                new SyntheticSpringMonolith.Spec(o.lines, o.entities, o.seed), root);
        StringBuilder rows = new StringBuilder();
        for (int run = 1; run <= o.runs; run++) {
            for (String contender : List.of("generate", "copy")) {
                Path output = o.work.resolve("codegen-out/scale").resolve(contender);
                String id = "scale-" + contender + "-" + run;
                String loadBefore = load();
                try {
                    Properties p = PropertiesFork.run(o.work.resolve("codegen-logs"), CodegenFork.class,
                            List.of("-Xmx" + o.xmx, "-XX:+UseG1GC"), List.of(contender, root.toString(),
                                    root.resolve("plan.json").toString(), o.classpath.toString(), output.toString()),
                            id, o.timeoutMinutes);
                    rows.append(row(contender, run, p, loadBefore + " / " + load()));
                    System.err.printf(Locale.ROOT, "run %d %-8s %7.1f s, peak after GC %.2f GiB%n", run, contender,
                            Long.parseLong(p.getProperty("wallNanos")) / 1e9,
                            Long.parseLong(p.getProperty("heap.peakAfterGc")) / GIB);
                } catch (PropertiesFork.Failure e) {
                    rows.append(String.format(Locale.ROOT, "| %s | %d | failed: %s | | | | | %s / %s |%n", contender,
                            run, e.getMessage(), loadBefore, load()));
                    System.err.printf("run %d %s failed: %s%n", run, contender, e.getMessage());
                }
            }
        }
        String markdown = "## Generation at scale\n\n- Host: " + Host.describe() + "\n- Monolith: `new Spec(" + o.lines
                + ", " + o.entities + ", " + o.seed + ")`: " + String.format(Locale.ROOT, "%d capabilities, %,d entities,"
                + " %,d files, %,d lines in `src/main/java`; %d services", w.capabilities(), w.entities(), w.javaFiles(),
                w.javaLines(), w.plan().services().size()) + "\n- Each run its own JVM, `-Xmx" + o.xmx
                + " -XX:+UseG1GC`, " + o.runs + " run(s), interleaved\n\nBefore:\n\n```\n" + before
                + "```\n\n| Contender | Run | Wall s | Peak heap after GC GiB | GC s | Files written | Output files |"
                + " Load before / after |\n|---|--:|--:|--:|--:|--:|--:|---|\n" + rows + "\nAfter:\n\n```\n"
                + ScaleReport.machine() + "```\n";
        Files.writeString(o.work.resolve("scale-generation.md"), markdown, StandardCharsets.UTF_8);
        System.out.print(markdown);
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.2f", Host.load());
    }

    private static String row(String contender, int run, Properties p, String load) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.2f | %.2f | %,d | %,d | %s |%n", contender, run,
                Long.parseLong(p.getProperty("wallNanos")) / 1e9,
                Long.parseLong(p.getProperty("heap.peakAfterGc")) / GIB,
                Long.parseLong(p.getProperty("gcMillis")) / 1e3, Long.parseLong(p.getProperty("written")),
                Long.parseLong(p.getProperty("outFiles")), load);
    }

    private static final class Options {
        Path classpath;
        Path work = Path.of("target");
        int runs = 1;
        String xmx = "2g";
        long lines = 271_000;
        int entities = 14;
        long seed = 1;
        long timeoutMinutes = 20;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + args[i]);
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--classpath" -> o.classpath = Path.of(value);
                    case "--work" -> o.work = Path.of(value);
                    case "--runs" -> o.runs = Integer.parseInt(value);
                    case "--xmx" -> o.xmx = value;
                    case "--lines" -> o.lines = Long.parseLong(value);
                    case "--entities" -> o.entities = Integer.parseInt(value);
                    case "--seed" -> o.seed = Long.parseLong(value);
                    case "--timeout-minutes" -> o.timeoutMinutes = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (o.classpath == null || !Files.isRegularFile(o.classpath)) {
                throw new IllegalArgumentException("--classpath FILE is required: the monolith's jars");
            }
            o.classpath = o.classpath.toAbsolutePath().normalize();
            o.work = o.work.toAbsolutePath().normalize();
            return o;
        }
    }
}
