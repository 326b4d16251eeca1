package dev.cleave.pipeline.report;

import dev.cleave.pipeline.gate.GateOptions;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * One run of the CI gate as every shell asks for it.
 *
 * @param input          the project folder (analyzed) or its {@code graph.json}
 * @param planFile       the committed plan
 * @param baselineFile   accepted violations; null or a missing file means none
 * @param options        the failure policy
 * @param formats        reports to write
 * @param outputDir      where the reports go
 * @param updateBaseline rewrite {@code baselineFile} to what this run found (the verdict is still computed
 *                       against the baseline as it was)
 */
public record CheckRequest(Path input, Path planFile, Path baselineFile, GateOptions options,
                           Set<ReportFormat> formats, Path outputDir, boolean updateBaseline) {
    public CheckRequest {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(planFile, "planFile");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(outputDir, "outputDir");
        formats = Set.copyOf(formats);
        if (updateBaseline && baselineFile == null) {
            throw new IllegalArgumentException("updating the baseline needs a baseline file: give one");
        }
    }
}
