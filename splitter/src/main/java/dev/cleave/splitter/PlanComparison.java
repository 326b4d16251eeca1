package dev.cleave.splitter;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A candidate plan compared with a reference plan over the classes both place. Shared and unassigned classes form
 * one cluster each, named {@link dev.cleave.model.Plan#SHARED} and {@link dev.cleave.model.Plan#UNASSIGNED}.
 *
 * @param mojoFm          MoJoFM(candidate, reference) in percent, 100 = identical, higher is better
 * @param moves           objects MoJo moves to turn the candidate into the reference
 * @param joins           clusters MoJo joins
 * @param maxDistance     the largest mno any candidate can have against this reference (the MoJoFM divisor)
 * @param common          classes both plans place
 * @param differences     the moved classes: those not in the reference cluster their candidate cluster
 *                        corresponds to, sorted by class; {@code differences.size() == moves}
 * @param onlyInCandidate classes only the candidate places, sorted
 * @param onlyInReference classes only the reference places, sorted
 * @param correspondence  candidate cluster → the reference cluster it corresponds to (several candidate clusters
 *                        that MoJo joins map to the same one), sorted by candidate cluster
 */
public record PlanComparison(double mojoFm, int moves, int joins, int maxDistance, int common,
                             List<ClassDiff> differences, List<String> onlyInCandidate, List<String> onlyInReference,
                             Map<String, String> correspondence) {
    public PlanComparison {
        differences = List.copyOf(differences);
        onlyInCandidate = List.copyOf(onlyInCandidate);
        onlyInReference = List.copyOf(onlyInReference);
        correspondence = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(correspondence));
    }

    /** The MoJo distance mno(candidate, reference) = moves + joins. */
    public int mno() {
        return moves + joins;
    }

    /**
     * A class placed differently.
     *
     * @param className        fully-qualified class name
     * @param candidateService its cluster in the candidate
     * @param referenceService its cluster in the reference
     */
    public record ClassDiff(String className, String candidateService, String referenceService) {
        public ClassDiff {
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(candidateService, "candidateService");
            Objects.requireNonNull(referenceService, "referenceService");
        }
    }
}
