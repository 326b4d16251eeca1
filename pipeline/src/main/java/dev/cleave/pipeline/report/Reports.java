package dev.cleave.pipeline.report;

import dev.cleave.pipeline.gate.GateResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the reports of one gate run. Writing never changes the verdict: callers decide success from
 * {@link GateResult#passed()}. Equal results give identical bytes.
 */
public final class Reports {
    private Reports() {
    }

    /** The text of one report. */
    public static String render(GateResult result, ReportFormat format) {
        return switch (format) {
            case JUNIT -> JUnitXmlReport.render(result);
            case SARIF -> SarifReport.render(result);
            case HTML -> HtmlReport.render(result);
            case MARKDOWN -> MarkdownReport.render(result);
        };
    }

    /**
     * Writes each requested report into {@code dir} (created when missing) under its {@link ReportFormat#fileName()},
     * atomically, and returns the files written in format order.
     */
    public static List<Path> write(GateResult result, Collection<ReportFormat> formats, Path dir) {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : new TreeSet<>(formats)) {
            Path file = dir.resolve(format.fileName());
            writeAtomically(file, render(result, format));
            written.add(file);
        }
        return written;
    }

    /** All formats. */
    public static Set<ReportFormat> all() {
        return Set.of(ReportFormat.values());
    }

    private static void writeAtomically(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + file + ": " + e.getMessage(), e);
        }
    }
}
