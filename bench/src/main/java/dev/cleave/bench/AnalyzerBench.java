package dev.cleave.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Benchmarks Cleave's analyzer against JavaParser's symbol solver, Spoon's noclasspath model and plain JavaParser
 * parsing on a subset of the JDK sources (see {@link Corpus}). Each run of each contender gets its own JVM with
 * the same flags; the runs go one after another, interleaved (all contenders, then all again), so that a noisy
 * spell of the machine does not hit one contender only. Writes {@code <work>/analyzer-bench.md} and prints it.
 *
 * <p>Options: {@code --src-zip PATH} (default: the Temurin 25 {@code lib/src.zip}), {@code --work DIR} (default
 * {@code target}), {@code --runs N} (3), {@code --xmx SIZE} (12g), {@code --xss SIZE} (32m), {@code --threads N}
 * (all cores, for Cleave's multi-threaded row), {@code --contenders a,b} (all), {@code --timeout-minutes N} (60).
 */
public final class AnalyzerBench {
    static final Path DEFAULT_SRC_ZIP = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip");

    private AnalyzerBench() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Machine machine = Machine.current();
        String loadBefore = String.format(Locale.ROOT, "%.2f", Machine.loadAverage());
        Corpus corpus = Corpus.extract(options.srcZip, options.work.resolve("corpus/jdk25-subset"));
        System.err.printf(Locale.ROOT, "corpus: %d files, %,d lines in %s%n", corpus.files().size(), corpus.lines(),
                corpus.root());
        List<String> flags = List.of("-Xmx" + options.xmx, "-Xss" + options.xss, "-XX:+UseG1GC");
        List<Contender> contenders = options.contenders();
        List<Outcome> outcomes = new ArrayList<>();
        List<String[]> failures = new ArrayList<>();
        for (int run = 1; run <= options.runs; run++) {
            for (Contender contender : contenders) {
                try {
                    Outcome outcome = fork(options, flags, corpus, contender, run);
                    outcomes.add(outcome);
                    System.err.printf(Locale.ROOT, "run %d %-26s %7.1f s  retained %.2f GiB%n", run,
                            contender.name(), outcome.wallNanos() / 1e9, outcome.heap().retained() / (double) (1 << 30));
                } catch (ForkFailure e) {
                    failures.add(new String[] {contender.name(), e.getMessage()});
                    System.err.printf("run %d %s failed: %s%n", run, contender.name(), e.getMessage());
                }
            }
        }
        String load = loadBefore + " / " + String.format(Locale.ROOT, "%.2f", Machine.loadAverage());
        Report report = new Report(machine, corpus, String.join(" ", flags), options.runs, load);
        outcomes.forEach(report::add);
        failures.forEach(f -> report.fail(f[0], f[1]));
        String markdown = report.markdown();
        Files.writeString(options.work.resolve("analyzer-bench.md"), markdown, StandardCharsets.UTF_8);
        System.out.print(markdown);
    }

    private static Outcome fork(Options options, List<String> flags, Corpus corpus, Contender contender, int run)
            throws IOException, InterruptedException, ForkFailure {
        Path logs = Files.createDirectories(options.work.resolve("bench-logs"));
        String id = contender.name() + "-" + run;
        Path outcomeFile = logs.resolve(id + ".properties");
        Path log = logs.resolve(id + ".log");
        Files.deleteIfExists(outcomeFile);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ContenderMain.class.getName(),
                contender.name(), corpus.root().toString(), Integer.toString(contender.threads()),
                outcomeFile.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Thread reaper = new Thread(process::destroyForcibly); // the fork must not outlive an interrupted bench
        Runtime.getRuntime().addShutdownHook(reaper);
        boolean finished = process.waitFor(options.timeoutMinutes, TimeUnit.MINUTES);
        Runtime.getRuntime().removeShutdownHook(reaper);
        if (!finished) {
            process.destroyForcibly().waitFor();
            throw new ForkFailure("no result within " + options.timeoutMinutes + " min; see " + log);
        }
        if (process.exitValue() != 0 || !Files.exists(outcomeFile)) {
            throw new ForkFailure("exit code " + process.exitValue() + ": " + lastLine(log) + " (see " + log + ")");
        }
        return Outcome.read(outcomeFile);
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.stream().filter(l -> l.contains("Exception") || l.contains("Error")).findFirst()
                    .orElse(lines.isEmpty() ? "" : lines.get(lines.size() - 1)).replace('|', '/');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class ForkFailure extends Exception {
        private static final long serialVersionUID = 1L;

        ForkFailure(String message) {
            super(message);
        }
    }

    private static final class Options {
        Path srcZip = DEFAULT_SRC_ZIP;
        Path work = Path.of("target");
        int runs = 3;
        String xmx = "12g";
        String xss = "32m";
        int threads = Runtime.getRuntime().availableProcessors();
        List<String> names = List.of();
        long timeoutMinutes = 60;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + args[i]);
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--src-zip" -> o.srcZip = Path.of(value);
                    case "--work" -> o.work = Path.of(value);
                    case "--runs" -> o.runs = Integer.parseInt(value);
                    case "--xmx" -> o.xmx = value;
                    case "--xss" -> o.xss = value;
                    case "--threads" -> o.threads = Integer.parseInt(value);
                    case "--contenders" -> o.names = Arrays.asList(value.split(","));
                    case "--timeout-minutes" -> o.timeoutMinutes = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            o.work = o.work.toAbsolutePath().normalize();
            return o;
        }

        List<Contender> contenders() {
            return names.isEmpty() ? Contender.all(threads)
                    : names.stream().map(n -> Contender.named(n.trim(), threads)).toList();
        }
    }
}
