package dev.cleave.splitter;

import dev.cleave.model.Plan;
import dev.cleave.splitter.synthetic.SyntheticMonolith;
import dev.cleave.splitter.synthetic.SyntheticSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated monoliths with a planted decomposition: the default split recovers it at moderate noise (MoJoFM ≥ 99),
 * with no service below the minimum size.
 */
class SyntheticSplitTest {

    @ParameterizedTest
    @CsvSource({"300, 0.10, 1", "1000, 0.15, 2", "3000, 0.15, 3"})
    void recoversThePlantedServicesAtModerateNoise(int classes, double noise, long seed) {
        SyntheticMonolith.Generated g = SyntheticMonolith.generate(SyntheticSpec.of(classes, noise, seed));
        Plan plan = Splitter.split(g.graph(), SplitOptions.defaults());
        PlanComparison cmp = MoJoFM.compare(plan, g.planted());
        System.out.printf("synthetic %d classes, noise %.2f: MoJoFM %.1f, %d services (planted %d), NED %.2f%n",
                classes, noise, cmp.mojoFm(), plan.services().size(), g.planted().services().size(),
                plan.metrics().ned());
        assertThat(cmp.mojoFm()).isGreaterThanOrEqualTo(99.0);
        assertThat(plan.services()).allSatisfy(s -> assertThat(s.classes())
                .hasSizeGreaterThanOrEqualTo(SplitOptions.DEFAULT_MIN_SERVICE_CLASSES));
        assertThat(SampleSplitTest.sharedUsingServices(g.graph(), plan)).isEmpty();
    }
}
