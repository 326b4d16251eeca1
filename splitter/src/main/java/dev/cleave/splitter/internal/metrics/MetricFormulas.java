package dev.cleave.splitter.internal.metrics;

import dev.cleave.model.PlanMetrics;

/**
 * The formulas of DESIGN.md ("Metrics") over the aggregates of a {@link PlanState}. K counts the non-empty
 * services, N the classes in services; empty services take part in no sum. Ratios with a zero denominator are
 * 0 (SM, ICP, IFN, NED, Q) or 1 (table ownership: nothing is split). O(K²).
 */
final class MetricFormulas {
    private MetricFormulas() {
    }

    static PlanMetrics of(PlanState state) {
        int[] size = state.sizes();
        int services = 0;
        int classes = 0;
        int remote = 0;
        for (int s = 0; s < size.length; s++) {
            if (size[s] > 0) {
                services++;
                classes += size[s];
                remote += state.called(s);
            }
        }
        double ifn = services == 0 ? 0 : (double) remote / services;
        double icp = state.totalCall() == 0 ? 0 : (double) state.crossCall() / state.totalCall();
        return new PlanMetrics(services, classes, sm(state, services), icp, ifn, ned(size, classes),
                modularity(state), state.tableOwnership(), (int) state.crossEdges(), remote,
                (int) state.crossTransactionalCalls());
    }

    /**
     * Structural modularity (Jin et al. 2019, after Mitchell and Mancoridis' MQ):
     * SM = (1/K)·Σ_k μ_k/n_k² − (2/(K(K−1)))·Σ_{k<l} σ_kl/(2·n_k·n_l), the second term 0 when K = 1.
     */
    static double sm(PlanState state, int services) {
        if (services == 0) {
            return 0;
        }
        int[] size = state.sizes();
        double cohesion = 0;
        double coupling = 0;
        for (int s = 0; s < size.length; s++) {
            if (size[s] == 0) {
                continue;
            }
            cohesion += (double) state.mu(s) / ((double) size[s] * size[s]);
            for (int t = s + 1; t < size.length; t++) {
                if (size[t] > 0) {
                    coupling += state.sigma(s, t) / (2.0 * size[s] * size[t]);
                }
            }
        }
        double sm = cohesion / services;
        return services == 1 ? sm : sm - 2.0 / ((double) services * (services - 1)) * coupling;
    }

    /** Non-extreme distribution: NED = 1 − (Σ n_k over services with 5 ≤ n_k ≤ 20) / N. */
    static double ned(int[] size, int classes) {
        if (classes == 0) {
            return 0;
        }
        long moderate = 0;
        for (int n : size) {
            if (n >= 5 && n <= 20) {
                moderate += n;
            }
        }
        return 1 - (double) moderate / classes;
    }

    /**
     * Newman's modularity on the weighted undirected graph induced by the classes in services:
     * Q = Σ_k [ in_k/m − (tot_k/(2m))² ], in_k = weight inside k, tot_k = 2·in_k + cut_k, m = total weight.
     */
    static double modularity(PlanState state) {
        double m = 0;
        for (int s = 0; s < state.services(); s++) {
            m += state.inside(s) + state.cut(s) / 2;
        }
        if (m <= 1e-12) {
            return 0;
        }
        double q = 0;
        for (int s = 0; s < state.services(); s++) {
            double tot = 2 * state.inside(s) + state.cut(s);
            q += state.inside(s) / m - (tot / (2 * m)) * (tot / (2 * m));
        }
        return q;
    }
}
