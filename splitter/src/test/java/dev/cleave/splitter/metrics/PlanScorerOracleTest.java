package dev.cleave.splitter.metrics;

import dev.cleave.model.EdgeKind;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import dev.cleave.splitter.PlanScorer;
import dev.cleave.splitter.synthetic.SyntheticMonolith;
import dev.cleave.splitter.synthetic.SyntheticSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.cleave.splitter.metrics.WhatIfTest.assertSameMetrics;

/** PlanScorer against {@link NaiveMetrics} on synthetic graphs and randomly perturbed plans. */
class PlanScorerOracleTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void agreesWithTheObviousComputationOnRandomPlans(long seed) {
        SyntheticMonolith.Generated g = SyntheticMonolith.generate(SyntheticSpec.of(600, 0.15, seed));
        Map<EdgeKind, Double> weights = new EnumMap<>(EdgeKind.class);
        for (EdgeKind kind : EdgeKind.values()) {
            weights.put(kind, 0.25 + kind.ordinal() * 0.3);
        }
        Plan plan = perturb(g.planted(), new Random(seed));
        assertSameMetrics(PlanScorer.score(g.graph(), plan, weights), NaiveMetrics.score(g.graph(), plan, weights));
    }

    /** Moves a fifth of the service classes to random services and some to shared; drops a few from the plan. */
    private static Plan perturb(Plan planted, Random random) {
        int k = planted.services().size();
        List<List<String>> members = new ArrayList<>();
        planted.services().forEach(s -> members.add(new ArrayList<>()));
        List<String> shared = new ArrayList<>(planted.shared());
        for (int s = 0; s < k; s++) {
            for (String cls : planted.services().get(s).classes()) {
                double u = random.nextDouble();
                if (u < 0.05) {
                    shared.add(cls);
                } else if (u < 0.25) {
                    members.get(random.nextInt(k)).add(cls);
                } else if (u > 0.98) {
                    continue;
                } else {
                    members.get(s).add(cls);
                }
            }
        }
        List<Service> services = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            services.add(Service.of(planted.services().get(s).name(), members.get(s)));
        }
        return Plan.of(services, shared);
    }
}
