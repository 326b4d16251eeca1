package dev.cleave.pipeline.gate;

import dev.cleave.model.PlanMetrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * {@link Rule#METRIC_REGRESSION}: a plan metric worse than the reference by more than the tolerance. Checked:
 * SM and table ownership (higher is better), ICP, IFN and NED (lower is better). Newman's Q is shown but not
 * checked, since co-change history moves it without any code change. Shown at the plan file.
 */
final class MetricRule {
    private record Check(String name, ToDoubleFunction<PlanMetrics> value, boolean higherIsBetter) {
    }

    static final List<Check> CHECKS = List.of(
            new Check("sm", PlanMetrics::sm, true),
            new Check("icp", PlanMetrics::icp, false),
            new Check("ifn", PlanMetrics::ifn, false),
            new Check("ned", PlanMetrics::ned, false),
            new Check("table-ownership", PlanMetrics::tableOwnership, true));

    private MetricRule() {
    }

    static List<Violation> check(PlanMetrics reference, PlanMetrics now, double tolerance, String planFile) {
        List<Violation> found = new ArrayList<>();
        if (reference == null) {
            return found;
        }
        for (Check check : CHECKS) {
            double before = check.value().applyAsDouble(reference);
            double after = check.value().applyAsDouble(now);
            double worse = check.higherIsBetter() ? before - after : after - before;
            if (worse > tolerance) {
                String message = String.format(Locale.ROOT, "%s got worse: %.3f -> %.3f (%s is better, tolerance"
                                + " %.3f). Look at the new cross-service dependencies, or update the baseline if the"
                                + " change is intended.", check.name(), before, after,
                        check.higherIsBetter() ? "higher" : "lower", tolerance);
                found.add(Violation.of(Rule.METRIC_REGRESSION, check.name(), message, planFile, 0));
            }
        }
        return found;
    }
}
