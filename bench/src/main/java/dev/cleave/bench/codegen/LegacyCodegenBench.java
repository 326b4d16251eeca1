package dev.cleave.bench.codegen;

import dev.cleave.bench.Corpus;
import dev.cleave.bench.PropertiesFork;
import dev.cleave.bench.split.Host;

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
 * Benchmarks Cleave's code generator on a synthetic legacy monolith of about 100,000 lines
 * ({@link SyntheticLegacyMonolith}: servlets, JSPs, Spring XML service beans, plain JDBC DAOs, no Spring Boot) beside
 * its parse-only baseline: {@code Generator.generate} of all its services against JavaParser parsing every one of its
 * files. Each contender runs in its own JVMs ({@code --forks} of them, same flags for all, interleaved: every contender
 * once, then again), and each JVM runs {@code --warmup} iterations and then {@code --iterations} measured ones
 * ({@link LegacyCodegenFork}). The monolith is written first to {@code <work>/legacy-corpus}; the report goes to
 * {@code <work>/legacy-codegen-bench.md} and stdout, each fork's output to {@code <work>/legacy-codegen-logs}, the
 * generated system to {@code <work>/legacy-codegen-out}. The Maven build of the generated projects is not measured.
 *
 * <p>Options: {@code --classpath FILE} (the monolith's dependency jars, as {@code mvn dependency:build-classpath}
 * writes them for its {@code pom.xml}; none when absent), {@code --forks N} (2), {@code --warmup N} (2),
 * {@code --iterations N} (3), {@code --xmx SIZE} (2g), {@code --lines N} (100000), {@code --entities N}
 * ({@value SyntheticLegacyMonolith#DEFAULT_ENTITIES} per module), {@code --seed N} (1), {@code --contenders a,b}
 * ({@code javaparser-parse,generate}), {@code --work DIR} (target), {@code --timeout-minutes N} (30), and
 * {@code --write-only} (write the monolith, print its root and stop: the script then resolves its classpath).
 */
public final class LegacyCodegenBench {
    private LegacyCodegenBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        SyntheticLegacyMonolith.Spec spec = new SyntheticLegacyMonolith.Spec(o.lines, o.entities, o.seed);
        Path root = o.work.resolve("legacy-corpus").resolve("legacy-" + o.lines + "-" + o.entities + "-" + o.seed);
        CodegenFork.delete(root);
        long t0 = System.nanoTime();
        SyntheticLegacyMonolith.Written written = SyntheticLegacyMonolith.write(spec, root);
        long[] size = size(root.resolve("src/main/java"));
        System.err.printf(Locale.ROOT, "wrote the synthetic legacy monolith (%,d files, %,d lines of Java) in %.1f s -> %s%n",
                size[0], size[1], (System.nanoTime() - t0) / 1e9, root);
        if (o.writeOnly) {
            System.out.println(root);
            return;
        }
        String loadBefore = load();
        List<String> flags = List.of("-Xmx" + o.xmx, "-XX:+UseG1GC");
        LegacyCodegenReport report = new LegacyCodegenReport(Host.describe(), String.join(" ", flags), o.forks,
                o.warmup, o.iterations, describe(spec, written, size, o.classpath));
        Path output = o.work.resolve("legacy-codegen-out");
        for (int fork = 1; fork <= o.forks; fork++) {
            for (String contender : o.contenders) {
                List<String> forkArgs = List.of(contender, root.toString(), root.resolve("plan.json").toString(),
                        o.classpath == null ? "-" : o.classpath.toString(), output.toString(),
                        Integer.toString(o.warmup), Integer.toString(o.iterations));
                try {
                    Properties p = PropertiesFork.run(o.work.resolve("legacy-codegen-logs"), LegacyCodegenFork.class,
                            flags, forkArgs, contender + "-" + fork, o.timeoutMinutes);
                    report.add(fork, p);
                    System.err.printf(Locale.ROOT, "fork %d %-16s %s s (load %s / %s)%n", fork, contender,
                            p.getProperty("wallNanos"), p.getProperty("loadBefore"), p.getProperty("loadAfter"));
                } catch (PropertiesFork.Failure e) {
                    report.fail(contender, "fork " + fork + ": " + e.getMessage());
                    System.err.printf("fork %d %s failed: %s%n", fork, contender, e.getMessage());
                }
            }
        }
        report.load(loadBefore + " / " + load());
        String markdown = report.markdown(size[1]);
        Files.writeString(o.work.resolve("legacy-codegen-bench.md"), markdown, StandardCharsets.UTF_8);
        System.out.print(markdown);
    }

    private static String describe(SyntheticLegacyMonolith.Spec spec, SyntheticLegacyMonolith.Written w, long[] size,
                                   Path classpath) throws IOException {
        int jars = classpath == null ? 0 : CodegenFork.classpath(classpath).size();
        return String.format(Locale.ROOT, "`SyntheticLegacyMonolith.write(new Spec(%d, %d, %d))`: %,d files, %,d lines"
                        + " of Java in `src/main/java`; %d modules of %d entities (%,d entities), %,d servlets in"
                        + " `web.xml`, %,d service beans in `applicationContext.xml`, %,d JSPs; plan: one service per"
                        + " module, %d classes shared; classpath: %d jars", spec.targetLines(),
                spec.entitiesPerModule(), spec.seed(), size[0], size[1], w.modules(), spec.entitiesPerModule(),
                w.entities(), w.servlets(), w.entities(), w.jspFiles(), w.plan().shared().size(), jars);
    }

    /** Number of {@code .java} files and their physical lines. */
    static long[] size(Path sources) throws IOException {
        try (Stream<Path> walk = Files.walk(sources)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".java")).toList();
            return new long[] {files.size(), files.stream().mapToLong(Corpus::countLines).sum()};
        }
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.2f", Host.load());
    }

    private static final class Options {
        Path classpath;
        int forks = 2;
        int warmup = 2;
        int iterations = 3;
        String xmx = "2g";
        long lines = 100_000;
        int entities = SyntheticLegacyMonolith.DEFAULT_ENTITIES;
        long seed = 1;
        List<String> contenders = LegacyCodegenFork.CONTENDERS;
        Path work = Path.of("target");
        long timeoutMinutes = 30;
        boolean writeOnly;

        static Options parse(String[] args) {
            Options o = new Options();
            List<String> rest = new ArrayList<>(Arrays.asList(args));
            o.writeOnly = rest.remove("--write-only");
            for (int i = 0; i < rest.size(); i += 2) {
                if (i + 1 >= rest.size()) {
                    throw new IllegalArgumentException("missing value for " + rest.get(i));
                }
                String value = rest.get(i + 1);
                switch (rest.get(i)) {
                    case "--classpath" -> o.classpath = Path.of(value).toAbsolutePath().normalize();
                    case "--forks" -> o.forks = Integer.parseInt(value);
                    case "--warmup" -> o.warmup = Integer.parseInt(value);
                    case "--iterations" -> o.iterations = Integer.parseInt(value);
                    case "--xmx" -> o.xmx = value;
                    case "--lines" -> o.lines = Long.parseLong(value);
                    case "--entities" -> o.entities = Integer.parseInt(value);
                    case "--seed" -> o.seed = Long.parseLong(value);
                    case "--contenders" -> o.contenders = contenders(value);
                    case "--work" -> o.work = Path.of(value);
                    case "--timeout-minutes" -> o.timeoutMinutes = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("unknown option " + rest.get(i));
                }
            }
            if (o.classpath != null && !Files.isRegularFile(o.classpath)) {
                throw new IllegalArgumentException("--classpath " + o.classpath + " is not a file");
            }
            if (o.iterations < 1 || o.warmup < 0 || o.forks < 1) {
                throw new IllegalArgumentException("need --forks and --iterations of at least 1, --warmup of 0 or more");
            }
            o.work = o.work.toAbsolutePath().normalize();
            return o;
        }

        private static List<String> contenders(String value) {
            List<String> items = Arrays.stream(value.split(",")).map(String::trim).toList();
            items.forEach(c -> {
                if (!LegacyCodegenFork.CONTENDERS.contains(c)) {
                    throw new IllegalArgumentException("unknown contender " + c + "; known: "
                            + LegacyCodegenFork.CONTENDERS);
                }
            });
            return LegacyCodegenFork.CONTENDERS.stream().filter(items::contains).toList();
        }
    }
}
