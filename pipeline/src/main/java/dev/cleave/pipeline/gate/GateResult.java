package dev.cleave.pipeline.gate;

import dev.cleave.model.PlanMetrics;

import java.util.List;
import java.util.Objects;

/**
 * What one run of the gate found and decided. Reports are written from it; the verdict does not depend on them.
 *
 * @param project   project name
 * @param root      the project's absolute root folder (source files are relative to it)
 * @param planFile  the plan checked, relative to the project root
 * @param services  the planned services and the dependencies between them
 * @param metrics   the plan's metrics on the current code
 * @param reference the metrics compared against (baseline's, else the plan's snapshot); null when none
 * @param findings  every violation found, sorted by (rule, key)
 * @param fixed     baseline entries no longer found, sorted
 * @param options   the failure policy
 */
public record GateResult(String project, String root, String planFile, ServiceGraph services,
                         PlanMetrics metrics, PlanMetrics reference, List<Finding> findings, List<Baseline.Entry> fixed,
                         GateOptions options) {
    public GateResult {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(metrics, "metrics");
        findings = List.copyOf(findings);
        fixed = List.copyOf(fixed);
    }

    /** Violations the baseline does not know. */
    public List<Violation> newViolations() {
        return findings.stream().filter(f -> !f.known()).map(Finding::violation).toList();
    }

    /** New violations at or above the severity threshold: the ones that count against the gate. */
    public List<Violation> counted() {
        return newViolations().stream().filter(v -> v.severity().atLeast(options.threshold())).toList();
    }

    /** The findings of one rule. */
    public List<Finding> of(Rule rule) {
        return findings.stream().filter(f -> f.violation().rule() == rule).toList();
    }

    public boolean passed() {
        return !options.failOnViolation() || counted().size() <= options.maxAllowedViolations();
    }

    /** One line: the verdict and the counts. */
    public String verdict() {
        int counted = counted().size();
        return String.format(java.util.Locale.ROOT, "Cleave check %s: %d new violation(s) at or above %s"
                        + " (%d allowed), %d known, %d fixed", passed() ? "passed" : "FAILED", counted,
                options.threshold(), options.maxAllowedViolations(), findings.size() - newViolations().size(),
                fixed.size());
    }
}
