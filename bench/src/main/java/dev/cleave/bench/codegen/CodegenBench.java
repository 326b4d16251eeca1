package dev.cleave.bench.codegen;

import dev.cleave.bench.Corpus;
import dev.cleave.bench.PropertiesFork;
import dev.cleave.bench.split.Host;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Benchmarks Cleave's code generator: {@code Generator.generate} of all services of the spring-shop sample (with
 * its {@code expected.json}) and of a synthetic Spring Boot monolith of about 100,000 lines (with its
 * capability plan), into an empty directory and again over its own output, beside two baselines on the same
 * sources: copying every source file into the output layout, and parsing every source file with JavaParser. Each
 * run of each contender is its own JVM, one after another, interleaved (all contenders on all monoliths, then all
 * again). The synthetic monolith is written once, before the runs, to {@code <work>/codegen-corpus}. Writes
 * {@code <work>/codegen-bench.md} and prints it; each fork's output goes to {@code <work>/codegen-logs}, the
 * generated systems to {@code <work>/codegen-out}. The Maven build of the generated projects is not measured.
 *
 * <p>Options: {@code --classpath FILE} (required: the monolith's dependency jars, as {@code mvn
 * dependency:build-classpath} writes them), {@code --spring-shop DIR} (../samples/spring-shop), {@code --runs N}
 * (5), {@code --xmx SIZE} (4g), {@code --lines N} (100000), {@code --entities N} (8 per capability), {@code --seed N}
 * (1), {@code --corpora a,b} ({@code spring-shop,synthetic}), {@code --contenders a,b}
 * ({@code generate,regenerate,copy,javaparser-parse}), {@code --work DIR} (target), {@code --timeout-minutes N} (20).
 */
public final class CodegenBench {
    static final List<String> CONTENDERS = List.of("generate", "regenerate", "copy", "javaparser-parse");
    static final List<String> CORPORA = List.of("spring-shop", "synthetic");

    private CodegenBench() {
    }

    /** A monolith to generate from: its root, plan, and size. */
    record Monolith(String name, Path root, Path plan, String description) {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        String loadBefore = load();
        List<Monolith> monoliths = new ArrayList<>();
        for (String corpus : o.corpora) {
            monoliths.add(corpus.equals("spring-shop") ? springShop(o) : synthetic(o));
        }
        List<String> flags = List.of("-Xmx" + o.xmx, "-XX:+UseG1GC");
        CodegenReport report = new CodegenReport(Host.describe(), String.join(" ", flags), o.runs, monoliths);
        for (int run = 1; run <= o.runs; run++) {
            for (Monolith m : monoliths) {
                boolean generated = false;
                for (String contender : o.contenders) {
                    if (contender.equals("regenerate") && !generated && o.contenders.contains("generate")) {
                        report.fail(m.name(), contender, "run " + run + ": no output of generate to regenerate over");
                        continue;
                    }
                    Path output = o.work.resolve("codegen-out").resolve(m.name())
                            .resolve(contender.equals("copy") ? "copy" : "generated");
                    List<String> forkArgs = List.of(contender, m.root().toString(), m.plan().toString(),
                            o.classpath.toString(), output.toString());
                    try {
                        Properties p = fork(o, flags, forkArgs, m.name() + "-" + contender + "-" + run);
                        report.add(m.name(), run, p);
                        generated |= contender.equals("generate");
                        System.err.printf(Locale.ROOT, "run %d %-12s %-17s %7.2f s, %s written (load %s / %s)%n",
                                run, m.name(), contender, Long.parseLong(p.getProperty("wallNanos")) / 1e9,
                                p.getProperty("written", "–"), p.getProperty("loadBefore"),
                                p.getProperty("loadAfter"));
                    } catch (PropertiesFork.Failure e) {
                        report.fail(m.name(), contender, e.getMessage());
                        System.err.printf("run %d %s %s failed: %s%n", run, m.name(), contender, e.getMessage());
                    }
                }
            }
        }
        report.load(loadBefore + " / " + load());
        String markdown = report.markdown();
        Files.writeString(o.work.resolve("codegen-bench.md"), markdown, StandardCharsets.UTF_8);
        System.out.print(markdown);
    }

    private static Monolith springShop(Options o) throws IOException {
        Path root = o.springShop;
        Path plan = root.resolve("expected.json");
        Plan p = PlanJson.read(plan);
        long[] size = size(root.resolve("src/main/java"));
        return new Monolith("spring-shop", root, plan, String.format(Locale.ROOT,
                "`samples/spring-shop` with `expected.json`: %,d files, %,d lines in `src/main/java`; %d services"
                        + " holding %d classes, %d shared", size[0], size[1], p.services().size(),
                p.services().stream().mapToInt(s -> s.classes().size()).sum(), p.shared().size()));
    }

    private static Monolith synthetic(Options o) throws IOException {
        SyntheticSpringMonolith.Spec spec = new SyntheticSpringMonolith.Spec(o.lines, o.entities, o.seed);
        Path root = o.work.resolve("codegen-corpus").resolve("synthetic-" + o.lines + "-" + o.entities + "-" + o.seed);
        CodegenFork.delete(root);
        long t0 = System.nanoTime();
        SyntheticSpringMonolith.Written w = SyntheticSpringMonolith.write(spec, root);
        System.err.printf(Locale.ROOT, "wrote the synthetic monolith (%,d files, %,d lines) in %.1f s -> %s%n",
                w.javaFiles(), w.javaLines(), (System.nanoTime() - t0) / 1e9, root);
        long[] size = size(root.resolve("src/main/java"));
        return new Monolith("synthetic", root, root.resolve("plan.json"), String.format(Locale.ROOT,
                "`SyntheticSpringMonolith.write(new Spec(%d, %d, %d))`: %,d files, %,d lines in `src/main/java`;"
                        + " %d capabilities of %d entities (%,d entities), one service each, %d classes shared",
                o.lines, o.entities, o.seed, size[0], size[1], w.capabilities(), o.entities, w.entities(),
                w.plan().shared().size()));
    }

    /** Number of {@code .java} files and their physical lines. */
    private static long[] size(Path sources) throws IOException {
        try (Stream<Path> walk = Files.walk(sources)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".java")).toList();
            return new long[] {files.size(), files.stream().mapToLong(Corpus::countLines).sum()};
        }
    }

    private static Properties fork(Options o, List<String> flags, List<String> forkArgs, String id)
            throws IOException, InterruptedException, PropertiesFork.Failure {
        return PropertiesFork.run(o.work.resolve("codegen-logs"), CodegenFork.class, flags, forkArgs, id, o.timeoutMinutes);
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.2f", Host.load());
    }

    private static final class Options {
        Path classpath;
        Path springShop = Path.of("../samples/spring-shop");
        int runs = 5;
        String xmx = "4g";
        long lines = 100_000;
        int entities = 8;
        long seed = 1;
        List<String> corpora = CORPORA;
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
                    case "--classpath" -> o.classpath = Path.of(value);
                    case "--spring-shop" -> o.springShop = Path.of(value);
                    case "--runs" -> o.runs = Integer.parseInt(value);
                    case "--xmx" -> o.xmx = value;
                    case "--lines" -> o.lines = Long.parseLong(value);
                    case "--entities" -> o.entities = Integer.parseInt(value);
                    case "--seed" -> o.seed = Long.parseLong(value);
                    case "--corpora" -> o.corpora = list(value, CORPORA);
                    case "--contenders" -> o.contenders = list(value, CONTENDERS);
                    case "--work" -> o.work = Path.of(value);
                    case "--timeout-minutes" -> o.timeoutMinutes = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (o.classpath == null || !Files.isRegularFile(o.classpath)) {
                throw new IllegalArgumentException("--classpath FILE is required: the monolith's dependency jars,"
                        + " as mvn dependency:build-classpath -Dmdep.outputFile=FILE writes them");
            }
            o.classpath = o.classpath.toAbsolutePath().normalize();
            o.springShop = o.springShop.toAbsolutePath().normalize();
            o.work = o.work.toAbsolutePath().normalize();
            return o;
        }

        private static List<String> list(String value, List<String> known) {
            List<String> items = Arrays.stream(value.split(",")).map(String::trim).toList();
            items.forEach(c -> {
                if (!known.contains(c)) {
                    throw new IllegalArgumentException("unknown name " + c + "; known: " + known);
                }
            });
            // keep the known order: regenerate must follow generate
            return known.stream().filter(items::contains).toList();
        }
    }
}
