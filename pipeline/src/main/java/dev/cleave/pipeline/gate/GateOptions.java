package dev.cleave.pipeline.gate;

import java.util.Objects;

/**
 * When the gate fails.
 *
 * @param failOnViolation      false reports violations but always passes
 * @param maxAllowedViolations how many new violations at or above the threshold still pass (0 = none)
 * @param threshold            new violations below this severity never fail the gate
 * @param metricTolerance      how much worse (absolute) a metric may get before it is a regression
 */
public record GateOptions(boolean failOnViolation, int maxAllowedViolations, Severity threshold,
                          double metricTolerance) {
    public GateOptions {
        Objects.requireNonNull(threshold, "threshold");
        if (maxAllowedViolations < 0) {
            throw new IllegalArgumentException("maxAllowedViolations must be 0 or more: " + maxAllowedViolations);
        }
        if (metricTolerance < 0 || Double.isNaN(metricTolerance)) {
            throw new IllegalArgumentException("metricTolerance must be 0 or more: " + metricTolerance);
        }
    }

    /** Fail on any new violation of severity warning or error; metrics may get 0.01 worse. */
    public static GateOptions defaults() {
        return new GateOptions(true, 0, Severity.WARNING, 0.01);
    }

    public GateOptions withFailOnViolation(boolean fail) {
        return new GateOptions(fail, maxAllowedViolations, threshold, metricTolerance);
    }

    public GateOptions withMaxAllowedViolations(int max) {
        return new GateOptions(failOnViolation, max, threshold, metricTolerance);
    }

    public GateOptions withThreshold(Severity severity) {
        return new GateOptions(failOnViolation, maxAllowedViolations, severity, metricTolerance);
    }

    public GateOptions withMetricTolerance(double tolerance) {
        return new GateOptions(failOnViolation, maxAllowedViolations, threshold, tolerance);
    }
}
