package dev.cleave.pipeline.report;

import java.util.Locale;

/** The report formats of a gate run, each with its fixed file name. */
public enum ReportFormat {
    /** JUnit XML: one test case per rule; read by CI servers' test report views. */
    JUNIT("junit", "TEST-cleave-check.xml"),
    /** SARIF 2.1.0, as GitHub code scanning reads it. */
    SARIF("sarif", "cleave-check.sarif"),
    /** A self-contained HTML page with the service graph and the metrics. */
    HTML("html", "cleave-report.html"),
    /** A Markdown summary for a pull-request comment or a CI job summary. */
    MARKDOWN("md", "cleave-summary.md");

    private final String id;
    private final String fileName;

    ReportFormat(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** Parses {@code junit}, {@code sarif}, {@code html} or {@code md} ({@code markdown} too), any case. */
    public static ReportFormat parse(String text) {
        String name = text.trim().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.id.equals(name) || format.name().toLowerCase(Locale.ROOT).equals(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("report format '" + text + "' is not one of junit, sarif, html, md");
    }

    @Override
    public String toString() {
        return id;
    }
}
