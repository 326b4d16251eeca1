package dev.cleave.splitter;

import dev.cleave.model.Plan;
import dev.cleave.splitter.internal.metrics.MoJo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * MoJoFM(A, B) = (1 − mno(A, B) / max(mno(∀A, B))) · 100 (Wen and Tzerpos 2004, "An effectiveness measure for
 * software clustering algorithms", IWPC), with the exact MoJo distance of Wen and Tzerpos 2003 (see
 * {@link MoJo}). Computed over the classes both plans place; the shared library and the unassigned classes each
 * count as one cluster. 100 means the candidate equals the reference; 0 the farthest any candidate can be.
 * O(n + clusters²) in practice.
 */
public final class MoJoFM {
    private MoJoFM() {
    }

    /** MoJoFM of a candidate against a reference, in percent. */
    public static double of(Plan candidate, Plan reference) {
        return compare(candidate, reference).mojoFm();
    }

    /**
     * MoJoFM with a per-class diff, the classes only one plan places, and which candidate cluster corresponds to
     * which reference cluster.
     *
     * @throws IllegalArgumentException when the plans have no class in common, or a plan places a class twice
     */
    public static PlanComparison compare(Plan candidate, Plan reference) {
        Map<String, String> a = clusters(Objects.requireNonNull(candidate, "candidate"), "candidate");
        Map<String, String> b = clusters(Objects.requireNonNull(reference, "reference"), "reference");
        List<String> common = a.keySet().stream().filter(b::containsKey).toList();
        if (common.isEmpty()) {
            throw new IllegalArgumentException("the plans have no class in common: the candidate places " + a.size()
                    + " classes" + example(a) + ", the reference " + b.size() + example(b)
                    + "; compare plans of the same project");
        }
        List<String> aNames = new ArrayList<>(new TreeSet<>(common.stream().map(a::get).toList()));
        List<String> bNames = new ArrayList<>(new TreeSet<>(common.stream().map(b::get).toList()));
        int[] ai = indexes(common, a, aNames);
        int[] bi = indexes(common, b, bNames);
        MoJo mojo = MoJo.of(ai, aNames.size(), bi, bNames.size());
        int[] sizesOfB = new int[bNames.size()];
        for (int j : bi) {
            sizesOfB[j]++;
        }
        int max = MoJo.maxDistance(sizesOfB, common.size());
        double fm = max == 0 ? 100.0 : (1 - (double) mojo.mno() / max) * 100;
        Map<String, String> correspondence = new TreeMap<>();
        for (int i = 0; i < aNames.size(); i++) {
            correspondence.put(aNames.get(i), bNames.get(mojo.tags()[i]));
        }
        List<PlanComparison.ClassDiff> diffs = new ArrayList<>();
        for (String cls : common) {
            if (!correspondence.get(a.get(cls)).equals(b.get(cls))) {
                diffs.add(new PlanComparison.ClassDiff(cls, a.get(cls), b.get(cls)));
            }
        }
        return new PlanComparison(fm, mojo.moves(), mojo.joins(), max, common.size(), diffs, only(a, b), only(b, a),
                correspondence);
    }

    /** Class → cluster name ({@link Plan#places()}), sorted by class. */
    private static Map<String, String> clusters(Plan plan, String which) {
        Map<String, List<String>> twice = plan.classesInSeveralPlaces();
        if (!twice.isEmpty()) {
            String cls = twice.keySet().iterator().next();
            throw new IllegalArgumentException("the " + which + " plan places class " + cls + " twice ("
                    + twice.get(cls).get(0) + " and " + twice.get(cls).get(1) + "): keep each class in one place");
        }
        return plan.places();
    }

    private static int[] indexes(List<String> classes, Map<String, String> clusterOf, List<String> names) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        return classes.stream().mapToInt(c -> index.get(clusterOf.get(c))).toArray();
    }

    private static List<String> only(Map<String, String> x, Map<String, String> y) {
        return x.keySet().stream().filter(c -> !y.containsKey(c)).toList();
    }

    private static String example(Map<String, String> clusters) {
        return clusters.isEmpty() ? "" : " (e.g. " + clusters.keySet().iterator().next() + ")";
    }
}
