package dev.cleave.pipeline.gate;

import dev.cleave.model.PlanMetrics;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Violations accepted for now, and the metrics to hold: the file a team commits beside its plan. Fingerprints
 * hold no line numbers, so editing a file does not turn a known violation into a new one.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param metrics       metrics of the run that wrote it; null when unknown
 * @param violations    accepted violations, sorted by (rule, key)
 */
public record Baseline(int schemaVersion, PlanMetrics metrics, List<Entry> violations) {
    public static final int SCHEMA_VERSION = 1;

    /** No accepted violations and no metrics (the plan's own metrics are the reference). */
    public static final Baseline EMPTY = new Baseline(SCHEMA_VERSION, null, List.of());

    public Baseline {
        violations = violations == null ? List.of()
                : violations.stream().sorted(Comparator.comparing(Entry::rule).thenComparing(Entry::key)).toList();
    }

    /**
     * One accepted violation.
     *
     * @param fingerprint {@link Violation#fingerprint()}
     * @param rule        the rule id, for readers
     * @param key         the violation's key, for readers
     */
    public record Entry(String fingerprint, String rule, String key) {
        public Entry {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(key, "key");
        }

        static Entry of(Violation v) {
            return new Entry(v.fingerprint(), v.rule().id(), v.key());
        }
    }

    /** The baseline that accepts exactly what a run found, with that run's metrics. */
    public static Baseline of(GateResult result) {
        return new Baseline(SCHEMA_VERSION, result.metrics(),
                result.findings().stream().map(f -> Entry.of(f.violation())).toList());
    }

    Set<String> fingerprints() {
        return violations.stream().map(Entry::fingerprint).collect(Collectors.toSet());
    }
}
