package dev.cleave.pipeline.gate;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanMetrics;
import dev.cleave.pipeline.Stages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CI gate: checks the current code's graph against a committed plan and a baseline of accepted violations.
 * Rules and their ids are in {@link Rule}; docs/ci-gate.md explains them. The same inputs give an equal result.
 */
public final class Gate {
    private Gate() {
    }

    /**
     * @param graph    the graph of the current code (its project root locates source files for line numbers)
     * @param plan     the committed plan
     * @param baseline accepted violations and reference metrics ({@link Baseline#EMPTY} for none)
     * @param options  the failure policy
     * @param planFile the plan's path relative to the project root, '/' separators (where metric regressions
     *                 show)
     */
    public static GateResult check(CodeGraph graph, Plan plan, Baseline baseline, GateOptions options,
                                   String planFile) {
        return check(graph, plan, baseline, options, planFile, CallSiteLocator.NONE);
    }

    /**
     * As {@link #check(CodeGraph, Plan, Baseline, GateOptions, String)}, with the calls of undeclared operations
     * located by {@code sites} (the analyzer's call sites of the same sources) instead of a text scan. Lines are for
     * display only: findings and fingerprints are the same either way.
     */
    public static GateResult check(CodeGraph graph, Plan plan, Baseline baseline, GateOptions options,
                                   String planFile, CallSiteLocator sites) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(sites, "sites");
        Placement placement = new Placement(plan);
        SourceLines lines = new SourceLines(Path.of(graph.project().root()));
        PlanMetrics now = Stages.metrics(graph, plan);
        PlanMetrics reference = baseline.metrics() != null ? baseline.metrics() : plan.metrics();
        List<Violation> boundary = BoundaryRule.check(graph, placement, lines, sites);
        List<Violation> all = new ArrayList<>(boundary);
        all.addAll(PlacementRule.check(graph, placement, lines));
        all.addAll(TableRule.check(graph, plan, placement, lines, planFile));
        all.addAll(MetricRule.check(reference, now, options.metricTolerance(), planFile));
        all.sort(Comparator.comparing(Violation::rule).thenComparing(Violation::key));
        Set<String> known = baseline.fingerprints();
        Set<String> found = all.stream().map(Violation::fingerprint).collect(Collectors.toSet());
        List<Finding> findings = all.stream().map(v -> new Finding(v, known.contains(v.fingerprint()))).toList();
        return new GateResult(graph.project().name(), graph.project().root(), planFile,
                ServiceGraphs.of(graph, plan, placement, boundary), now, reference, findings,
                baseline.violations().stream().filter(e -> !found.contains(e.fingerprint())).toList(), options);
    }
}
