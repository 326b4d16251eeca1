package dev.cleave.splitter.internal.domain;

import dev.cleave.splitter.internal.WeightedGraph;
import dev.cleave.splitter.internal.cluster.ClusterGraph;

import java.util.Map;
import dev.cleave.model.TableAccess;
import dev.cleave.model.TableUse;

/**
 * The graph Leiden clusters: the kind-weighted view without the excluded (cross-cutting, isolated) classes, weights
 * compressed, hubs damped, plus table links to each table's owner and weak name links. A class with more distinct neighbours than the hub threshold H has its edge weights
 * multiplied by √(H/degree), so a "god" class used by everything cannot glue capabilities together. Each class
 * with a name link to anchors gets an extra weight of {@link #STEM_WEIGHT} spread over those anchors.
 */
final class ClusteringGraph {
    /** Weight of a name link: as much as a single call. */
    static final double STEM_WEIGHT = 1.0;
    /** Lowest hub threshold H, in distinct neighbours. */
    static final int MIN_HUB = 10;

    private ClusteringGraph() {
    }

    static ClusterGraph of(Facts facts, boolean[] excluded, int[][] stems, Map<String, Integer> owners) {
        return of(facts, excluded, stems, new int[facts.size()][0], owners);
    }

    /** As above, plus each class's links to the other classes of its confirmed feature ({@link FeaturePackages}). */
    static ClusterGraph of(Facts facts, boolean[] excluded, int[][] stems, int[][] features,
                           Map<String, Integer> owners) {
        WeightedGraph w = facts.weighted();
        int n = w.vertexCount();
        double[] damp = damping(w, excluded);
        ClusterGraph.Builder edges = new ClusterGraph.Builder(n);
        for (int v = 0; v < n; v++) {
            for (int i = 0; i < w.degree(v); i++) {
                int u = w.neighbor(v, i);
                if (u > v && !excluded[u] && !excluded[v]) {
                    edges.add(v, u, compress(w.weight(v, i)) * damp[u] * damp[v]);
                }
            }
            if (!excluded[v]) {
                tableLinks(facts, v, excluded, owners, edges);
                int linked = 0;
                for (int a : stems[v]) {
                    linked += excluded[a] ? 0 : 1;
                }
                for (int a : stems[v]) {
                    if (!excluded[a]) {
                        edges.add(v, a, STEM_WEIGHT / linked);
                    }
                }
                featureLinks(v, features[v], excluded, edges);
            }
        }
        return edges.build();
    }

    private static void featureLinks(int v, int[] peers, boolean[] excluded, ClusterGraph.Builder edges) {
        int linked = 0;
        for (int u : peers) {
            linked += excluded[u] ? 0 : 1;
        }
        for (int u : peers) {
            if (!excluded[u]) {
                edges.add(v, u, FeaturePackages.WEIGHT / linked);
            }
        }
    }

    /**
     * Table evidence: a class that writes (or maps) a table is tied to the table's owner with the table weight,
     * one that only reads it with half of it. Two classes that merely touch the same table are not tied.
     */
    private static void tableLinks(Facts facts, int v, boolean[] excluded, Map<String, Integer> owners,
                                   ClusterGraph.Builder edges) {
        if (facts.node(v).tables().isEmpty()) {
            return;
        }
        Map<Integer, Double> toOwner = new java.util.TreeMap<>();
        for (TableUse use : facts.node(v).tables()) {
            int owner = owners.get(use.table());
            if (owner != v && !excluded[owner]) {
                double w = facts.tableWeight() * (use.access() == TableAccess.READS ? 0.5 : 1.0);
                toOwner.merge(owner, w, Math::max);
            }
        }
        toOwner.forEach((owner, w) -> {
            if (w > 0) {
                edges.add(v, owner, w);
            }
        });
    }

    /**
     * Reference counts are heavy-tailed (one chatty pair can have dozens of calls); log2(1 + w) gives each further
     * reference less weight, so many distinct dependencies outweigh one repeated one.
     */
    static double compress(double w) {
        return Math.log1p(w) / Math.log(2);
    }

    private static double[] damping(WeightedGraph w, boolean[] excluded) {
        int n = w.vertexCount();
        int[] degree = new int[n];
        long sum = 0;
        int counted = 0;
        for (int v = 0; v < n; v++) {
            if (excluded[v]) {
                continue;
            }
            for (int i = 0; i < w.degree(v); i++) {
                degree[v] += excluded[w.neighbor(v, i)] ? 0 : 1;
            }
            sum += degree[v];
            counted++;
        }
        double hub = Math.max(MIN_HUB, counted == 0 ? 0 : 2.0 * sum / counted);
        double[] damp = new double[n];
        for (int v = 0; v < n; v++) {
            damp[v] = degree[v] > hub ? Math.sqrt(hub / degree[v]) : 1.0;
        }
        return damp;
    }
}
