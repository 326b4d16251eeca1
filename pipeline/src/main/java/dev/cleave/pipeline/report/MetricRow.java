package dev.cleave.pipeline.report;

import dev.cleave.model.PlanMetrics;
import dev.cleave.pipeline.gate.GateResult;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * One metric as the reports show it: the reference value (NaN when there is none), the current one, and which
 * way is better.
 */
record MetricRow(String name, String meaning, double reference, double now, Boolean higherIsBetter) {

    static List<MetricRow> of(GateResult result) {
        PlanMetrics ref = result.reference();
        PlanMetrics now = result.metrics();
        return List.of(
                row("Services", "K", ref, now, m -> m.services(), null),
                row("Classes", "N, classes in services", ref, now, m -> m.classes(), null),
                row("SM", "structural modularity", ref, now, PlanMetrics::sm, true),
                row("ICP", "inter-service call share", ref, now, PlanMetrics::icp, false),
                row("IFN", "classes called from other services, per service", ref, now, PlanMetrics::ifn, false),
                row("NED", "share outside services of 5-20 classes", ref, now, PlanMetrics::ned, false),
                row("Q", "Newman modularity", ref, now, PlanMetrics::modularity, true),
                row("Table ownership", "tables used by one service only", ref, now, PlanMetrics::tableOwnership, true),
                row("Cross edges", "dependencies between services", ref, now, m -> m.crossEdges(), false));
    }

    private static MetricRow row(String name, String meaning, PlanMetrics ref, PlanMetrics now,
                                 ToDoubleFunction<PlanMetrics> value, Boolean higherIsBetter) {
        return new MetricRow(name, meaning, ref == null ? Double.NaN : value.applyAsDouble(ref),
                value.applyAsDouble(now), higherIsBetter);
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return value == Math.rint(value) && Math.abs(value) >= 1 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }

    /** "better", "worse" or "" when unchanged, unknown or neutral. */
    String trend() {
        if (Double.isNaN(reference) || higherIsBetter == null || Math.abs(now - reference) < 1e-9) {
            return "";
        }
        return (now > reference) == higherIsBetter ? "better" : "worse";
    }
}
