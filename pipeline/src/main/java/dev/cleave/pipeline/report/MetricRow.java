package dev.cleave.pipeline.report;

import dev.cleave.model.PlanMetrics;
import dev.cleave.pipeline.gate.GateResult;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * One metric as the reports show it: the reference value (NaN when there is none), the current one, which way is
 * better (null when neither) and the gate's tolerance: "worse" means worse than the gate allows.
 */
record MetricRow(String name, String meaning, double reference, double now, Boolean higherIsBetter,
                 double tolerance) {
    /** Changes smaller than this do not show at three decimals. */
    private static final double VISIBLE = 0.0005;


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
                row("Cross edges", "dependencies between services", ref, now, m -> m.crossEdges(), null),
                row("Calls leaving a transaction", "transactional class calling a business class of another service",
                        ref, now, m -> m.crossTransactionalCalls(), null))
                .stream().map(r -> r.withTolerance(result.options().metricTolerance())).toList();
    }

    private static MetricRow row(String name, String meaning, PlanMetrics ref, PlanMetrics now,
                                 ToDoubleFunction<PlanMetrics> value, Boolean higherIsBetter) {
        return new MetricRow(name, meaning, ref == null ? Double.NaN : value.applyAsDouble(ref),
                value.applyAsDouble(now), higherIsBetter, 0);
    }

    private MetricRow withTolerance(double value) {
        return new MetricRow(name, meaning, reference, now, higherIsBetter, value);
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return value == Math.rint(value) && Math.abs(value) >= 1 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }

    /** "better", "worse" (beyond the tolerance), or "" when unchanged to the eye, within tolerance or neutral. */
    String trend() {
        if (Double.isNaN(reference) || higherIsBetter == null) {
            return "";
        }
        double gain = higherIsBetter ? now - reference : reference - now;
        return gain >= VISIBLE ? "better" : -gain > tolerance ? "worse" : "";
    }
}
