package dev.cleave.bench.split;

import dev.cleave.bench.PropertiesFork;
import dev.cleave.model.GraphJson;
import dev.cleave.model.PlanJson;
import dev.cleave.splitter.synthetic.SyntheticMonolith;
import dev.cleave.splitter.synthetic.SyntheticSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Benchmarks Cleave's splitter: the full {@code Splitter.split} of a generated 100,000-class monolith, its Leiden
 * core alone and JGraphT's {@code LabelPropagationClustering} on the same graph, each run in its own JVM with the
 * same flags, interleaved (all contenders, then all again); then what-if moves on the split of a 5,000-class
 * monolith, in as many JVMs. The big graph is generated once, written to {@code <work>/split-corpus} as
 * {@code graph.json} and {@code planted.json}, and read by every fork (reading is not timed). Writes
 * {@code <work>/split-bench.md} and prints it; each fork's output goes to {@code <work>/split-logs}.
 *
 * <p>Options: {@code --runs N} (5), {@code --xmx SIZE} (6g), {@code --classes N} (100000), {@code --noise X}
 * (0.15), {@code --seed N} (1), {@code --edges-per-class X} (10), {@code --whatif-classes N} (5000),
 * {@code --moves N} (5000), {@code --contenders a,b} ({@code cleave-split,cleave-leiden,jgrapht-lpa,whatif}),
 * {@code --work DIR} (target), {@code --timeout-minutes N} (20).
 */
public final class SplitBench {
    static final List<String> CONTENDERS = List.of("cleave-split", "cleave-leiden", "jgrapht-lpa", "whatif");

    private SplitBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        String loadBefore = load();
        SyntheticSpec spec = new SyntheticSpec(o.classes, o.noise, o.seed, 0, o.edgesPerClass, 0.05);
        Path corpus = Files.createDirectories(o.work.resolve("split-corpus"));
        Path graphFile = corpus.resolve("graph.json");
        Path plantedFile = corpus.resolve("planted.json");
        boolean splits = o.contenders.stream().anyMatch(c -> !c.equals("whatif"));
        if (splits) {
            long t0 = System.nanoTime();
            SyntheticMonolith.Generated generated = SyntheticMonolith.generate(spec);
            long t1 = System.nanoTime();
            GraphJson.write(generated.graph(), graphFile);
            PlanJson.write(generated.planted(), plantedFile);
            System.err.printf(Locale.ROOT, "generated %,d classes, %,d edges, %d planted services in %.1f s -> %s%n",
                    generated.graph().nodes().size(), generated.graph().edges().size(),
                    generated.planted().services().size(), (t1 - t0) / 1e9, corpus);
        }
        List<String> flags = List.of("-Xmx" + o.xmx, "-XX:+UseG1GC");
        SplitReport report = new SplitReport(Host.describe(), String.join(" ", flags), o.runs, spec,
                SyntheticSpec.of(o.whatIfClasses, o.noise, o.seed), o.moves);
        for (int run = 1; run <= o.runs; run++) {
            for (String contender : o.contenders) {
                List<String> forkArgs = contender.equals("whatif")
                        ? List.of(contender, Integer.toString(o.whatIfClasses), Double.toString(o.noise),
                        Long.toString(o.seed), Integer.toString(o.moves))
                        : List.of(contender, graphFile.toString(), plantedFile.toString());
                try {
                    Properties p = fork(o, flags, forkArgs, contender + "-" + run);
                    report.add(run, p);
                    System.err.printf(Locale.ROOT, "run %d %-14s %s  (load %s / %s)%n", run, contender,
                            summary(p), p.getProperty("loadBefore"), p.getProperty("loadAfter"));
                } catch (PropertiesFork.Failure e) {
                    report.fail(contender, e.getMessage());
                    System.err.printf("run %d %s failed: %s%n", run, contender, e.getMessage());
                }
            }
        }
        report.load(loadBefore + " / " + load());
        String markdown = report.markdown();
        Files.writeString(o.work.resolve("split-bench.md"), markdown, StandardCharsets.UTF_8);
        System.out.print(markdown);
    }

    private static String summary(Properties p) {
        if (p.getProperty("contender").equals("whatif")) {
            Samples move = Samples.parse(p.getProperty("move1"));
            Samples score = Samples.parse(p.getProperty("score1"));
            return String.format(Locale.ROOT, "move median %s ms, p99 %s ms, max %s ms; score median %s ms",
                    Samples.ms(move.median()), Samples.ms(move.percentile(99)), Samples.ms(move.max()),
                    Samples.ms(score.median()));
        }
        return String.format(Locale.ROOT, "%6.2f s (build %.2f s), %s clusters, MoJoFM %.1f",
                Long.parseLong(p.getProperty("wallNanos")) / 1e9, Long.parseLong(p.getProperty("buildNanos")) / 1e9,
                p.getProperty("clusters"), Double.parseDouble(p.getProperty("mojoFm")));
    }

    private static Properties fork(Options o, List<String> flags, List<String> forkArgs, String id)
            throws IOException, InterruptedException, PropertiesFork.Failure {
        return PropertiesFork.run(o.work.resolve("split-logs"), SplitFork.class, flags, forkArgs, id, o.timeoutMinutes);
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.2f", Host.load());
    }

    private static final class Options {
        int runs = 5;
        String xmx = "6g";
        int classes = 100_000;
        double noise = 0.15;
        long seed = 1;
        double edgesPerClass = 10;
        int whatIfClasses = 5_000;
        int moves = 5_000;
        List<String> contenders = CONTENDERS;
        Path work = Path.of("target");
        long timeoutMinutes = 20;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + args[i]);
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--runs" -> o.runs = Integer.parseInt(value);
                    case "--xmx" -> o.xmx = value;
                    case "--classes" -> o.classes = Integer.parseInt(value);
                    case "--noise" -> o.noise = Double.parseDouble(value);
                    case "--seed" -> o.seed = Long.parseLong(value);
                    case "--edges-per-class" -> o.edgesPerClass = Double.parseDouble(value);
                    case "--whatif-classes" -> o.whatIfClasses = Integer.parseInt(value);
                    case "--moves" -> o.moves = Integer.parseInt(value);
                    case "--contenders" -> o.contenders = Arrays.stream(value.split(",")).map(String::trim)
                            .peek(c -> {
                                if (!CONTENDERS.contains(c)) {
                                    throw new IllegalArgumentException("unknown contender " + c + "; known: "
                                            + CONTENDERS);
                                }
                            }).toList();
                    case "--work" -> o.work = Path.of(value);
                    case "--timeout-minutes" -> o.timeoutMinutes = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            o.work = o.work.toAbsolutePath().normalize();
            return o;
        }
    }
}
