package dev.cleave.bench.scale;

import dev.cleave.bench.Corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The Markdown report of {@link ScaleBench}: the machine as {@code nproc}, {@code free -g} and {@code uptime} show it
 * before and after, the corpus sizes, then one row per size and contender with every run's wall time and peak heap
 * after GC (the median when there are several), and each size's analysis set against the goals.
 */
final class ScaleReport {
    private static final double GIB = 1L << 30;
    private static final double GOAL_SECONDS = 30;

    private final String host;
    private final int runs;
    private final String xmx;
    private final String parseXmx;
    private final String machineBefore;
    private String machineAfter = "";
    private final Map<String, String> corpora = new LinkedHashMap<>();
    private final Map<String, Long> lines = new LinkedHashMap<>();
    private final Map<String, List<String[]>> rows = new LinkedHashMap<>();

    ScaleReport(String host, int runs, String xmx, String parseXmx, String machineBefore) {
        this.host = host;
        this.runs = runs;
        this.xmx = xmx;
        this.parseXmx = parseXmx;
        this.machineBefore = machineBefore;
    }

    /** What {@code nproc}, {@code free -g} and {@code uptime} print, in one block. */
    static String machine() {
        StringBuilder out = new StringBuilder();
        for (List<String> command : List.of(List.of("nproc"), List.of("free", "-g"), List.of("uptime"))) {
            out.append("$ ").append(String.join(" ", command)).append('\n').append(run(command));
        }
        return out.toString();
    }

    void corpus(ScaleCorpus size, Corpus corpus) {
        lines.put(size.name(), corpus.lines());
        corpora.put(size.name(), String.format(Locale.ROOT, "| %s | %s | %,d | %,d |", size.name(), size.packages(),
                corpus.files().size(), corpus.lines()));
    }

    void add(ScaleCorpus size, String contender, String heap, Properties p, String load) {
        long nanos = Long.parseLong(p.getProperty("wallNanos"));
        double seconds = nanos / 1e9;
        double peak = Long.parseLong(p.getProperty("heap.peakAfterGc")) / GIB;
        row(size, contender, heap).add(new String[] {
            String.format(Locale.ROOT, "%.1f", seconds),
            String.format(Locale.ROOT, "%.1f", Long.parseLong(p.getProperty("cpuNanos", "0")) / 1e9),
            String.format(Locale.ROOT, "%,.0f", lines.get(size.name()) / seconds),
            String.format(Locale.ROOT, "%.2f", peak),
            String.format(Locale.ROOT, "%.2f", Long.parseLong(p.getProperty("heap.gcMillis")) / 1e3),
            load});
    }

    void fail(ScaleCorpus size, String contender, String heap, String why) {
        row(size, contender, heap).add(new String[] {"failed: " + why, "", "", "", "", ""});
    }

    void machineAfter(String text) {
        this.machineAfter = text;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("## Scale benchmark, ").append(LocalDate.now()).append("\n\n")
                .append("- Host: ").append(host).append('\n')
                .append("- ").append(runs).append(" run(s) per size and contender, each its own JVM, interleaved;")
                .append(" the analysis with `-Xmx").append(xmx).append("`, parse-only with `-Xmx").append(parseXmx)
                .append("` (both `-Xss32m -XX:+UseG1GC`)\n\n")
                .append("Before:\n\n```\n").append(machineBefore).append("```\n\nAfter:\n\n```\n").append(machineAfter)
                .append("```\n\n| Size | Packages of `java.base` | Files | Lines |\n|---|---|--:|--:|\n");
        corpora.values().forEach(c -> md.append(c).append('\n'));
        md.append("\n| Size | Contender | Heap | Wall s | CPU s | Lines/s | Peak heap after GC GiB | GC s"
                        + " | Load before / after |\n")
                .append("|---|---|---|--:|--:|--:|--:|--:|---|\n");
        rows.forEach((key, list) -> list.forEach(r -> md.append("| ").append(key.replace("\u0000", " | "))
                .append(" | ").append(String.join(" | ", r)).append(" |\n")));
        md.append('\n');
        rows.forEach((key, list) -> {
            if (key.contains("cleave-")) {
                list.stream().filter(r -> !r[0].startsWith("failed")).forEach(r -> md.append("- ")
                        .append(key.substring(0, key.indexOf('\u0000'))).append(": ").append(r[0]).append(" s ")
                        .append(Double.parseDouble(r[0]) <= GOAL_SECONDS ? "≤" : ">").append(" 30 s (CPU ").append(r[1])
                        .append(" s), peak heap after GC ").append(r[3]).append(" GiB ")
                        .append(Double.parseDouble(r[3]) <= 2 ? "≤" : ">")
                        .append(" 2 GiB\n"));
            }
        });
        return md.toString();
    }

    private List<String[]> row(ScaleCorpus size, String contender, String heap) {
        return rows.computeIfAbsent(size.name() + "\u0000" + contender + "\u0000-Xmx" + heap, k -> new ArrayList<>());
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream in = process.getInputStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor();
                return text;
            }
        } catch (IOException e) {
            return "(" + e.getMessage() + ")\n";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)\n";
        }
    }
}
