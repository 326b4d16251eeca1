package dev.cleave.bench.scale;

import dev.cleave.bench.ContenderMain;
import dev.cleave.bench.Corpus;
import dev.cleave.bench.PropertiesFork;
import dev.cleave.bench.split.Host;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The analyzer at scale (issue 15, item 3): Cleave's full analysis ({@code cleave-<threads>t} of
 * {@link ContenderMain}: {@code Analyzer.analyze} with Git history off, as the CLI runs it with {@code --git-commits
 * 0}) of three nested sizes of the JDK sources ({@link ScaleCorpus}), up to about a million lines, beside JavaParser
 * parsing the same files ({@code parse-only}, which keeps every tree). Each run of each contender is its own JVM
 * ({@link ScaleFork}, which adds the process's CPU time to the figures); the runs go one after another, interleaved. The analysis gets {@code --xmx} (2g, the ceiling); parse-only
 * gets {@code --parse-xmx} (8g), as trees with their tokens take about 52 bytes per source character and a million
 * lines of them do not fit in 2 GiB. Writes {@code <work>/scale-bench.md} and prints it.
 *
 * <p>Options: {@code --src-zip PATH} (the Temurin 25 {@code lib/src.zip}), {@code --work DIR} (target),
 * {@code --runs N} (1), {@code --sizes a,b} (S,M,L), {@code --xmx SIZE} (2g), {@code --parse-xmx SIZE} (8g),
 * {@code --threads N} (all cores), {@code --timeout-minutes N} (20).
 */
public final class ScaleBench {
    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        ScaleReport report = new ScaleReport(Host.describe(), o.runs, o.xmx, o.parseXmx, ScaleReport.machine());
        List<Corpus> corpora = new ArrayList<>();
        for (ScaleCorpus size : o.sizes) {
            Corpus corpus = size.extract(o.srcZip, o.work.resolve("corpus/scale-" + size.name()));
            System.err.printf(Locale.ROOT, "size %s: %d files, %,d lines%n", size.name(), corpus.files().size(),
                    corpus.lines());
            corpora.add(corpus);
            report.corpus(size, corpus);
        }
        String cleave = "cleave-" + o.threads + "t";
        for (int run = 1; run <= o.runs; run++) {
            for (int i = 0; i < o.sizes.size(); i++) {
                ScaleCorpus size = o.sizes.get(i);
                for (String contender : List.of(cleave, "parse-only")) {
                    String xmx = contender.equals(cleave) ? o.xmx : o.parseXmx;
                    List<String> flags = List.of("-Xmx" + xmx, "-Xss32m", "-XX:+UseG1GC");
                    List<String> forkArgs = List.of(contender, corpora.get(i).root().toString(),
                            Integer.toString(contender.equals(cleave) ? o.threads : 1));
                    String id = "scale-" + size.name() + "-" + contender + "-" + run;
                    String loadBefore = load();
                    try {
                        Properties p = PropertiesFork.run(o.work.resolve("bench-logs"), ScaleFork.class, flags,
                                forkArgs, id, o.timeoutMinutes);
                        report.add(size, contender, xmx, p, loadBefore + " / " + load());
                        System.err.printf(Locale.ROOT, "run %d %s %-12s %7.1f s  peak after GC %.2f GiB%n", run,
                                size.name(), contender, Long.parseLong(p.getProperty("wallNanos")) / 1e9,
                                Long.parseLong(p.getProperty("heap.peakAfterGc")) / (double) (1L << 30));
                    } catch (PropertiesFork.Failure e) {
                        report.fail(size, contender, xmx, e.getMessage());
                        System.err.printf("run %d %s %s failed: %s%n", run, size.name(), contender, e.getMessage());
                    }
                }
            }
        }
        report.machineAfter(ScaleReport.machine());
        String markdown = report.markdown();
        Files.writeString(o.work.resolve("scale-bench.md"), markdown, StandardCharsets.UTF_8);
        System.out.print(markdown);
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.2f", Host.load());
    }

    private static final class Options {
        Path srcZip = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip");
        Path work = Path.of("target");
        int runs = 1;
        List<ScaleCorpus> sizes = ScaleCorpus.SIZES;
        String xmx = "2g";
        String parseXmx = "8g";
        int threads = Runtime.getRuntime().availableProcessors();
        long timeoutMinutes = 20;

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
                    case "--sizes" -> o.sizes = Arrays.stream(value.split(",")).map(String::trim)
                            .map(ScaleCorpus::named).toList();
                    case "--xmx" -> o.xmx = value;
                    case "--parse-xmx" -> o.parseXmx = value;
                    case "--threads" -> o.threads = Integer.parseInt(value);
                    case "--timeout-minutes" -> o.timeoutMinutes = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            o.work = o.work.toAbsolutePath().normalize();
            return o;
        }
    }
}
