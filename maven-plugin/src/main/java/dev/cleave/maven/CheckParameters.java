package dev.cleave.maven;

import dev.cleave.pipeline.gate.GateOptions;
import dev.cleave.pipeline.gate.Severity;
import dev.cleave.pipeline.report.ReportFormat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the check goal's XML settings into the gate's options, naming the setting when a value is wrong. */
final class CheckParameters {
    private CheckParameters() {
    }

    static GateOptions options(boolean failOnViolation, int maxAllowed, String threshold, double tolerance) {
        Severity severity;
        try {
            severity = Severity.parse(threshold);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("<severityThreshold>/-Dcleave.severityThreshold: " + e.getMessage(), e);
        }
        if (maxAllowed < 0) {
            throw new IllegalArgumentException("<maxAllowedViolations>/-Dcleave.maxAllowedViolations must be 0 or"
                    + " more: " + maxAllowed);
        }
        return new GateOptions(failOnViolation, maxAllowed, severity, tolerance);
    }

    static Set<ReportFormat> formats(List<String> names) {
        try {
            return names.stream().flatMap(n -> java.util.Arrays.stream(n.split(","))).filter(n -> !n.isBlank())
                    .map(ReportFormat::parse).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("<formats>/-Dcleave.formats: " + e.getMessage(), e);
        }
    }
}
