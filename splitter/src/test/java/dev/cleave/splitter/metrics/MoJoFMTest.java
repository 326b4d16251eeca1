package dev.cleave.splitter.metrics;

import dev.cleave.model.Plan;
import dev.cleave.splitter.MoJoFM;
import dev.cleave.splitter.PlanComparison;
import dev.cleave.splitter.PlanComparison.ClassDiff;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.cleave.splitter.metrics.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MoJoFMTest {
    private static final Plan REFERENCE = plan(List.of(), "g1=c01,c02,c03,c04", "g2=c05,c06,c07,c08", "g3=c09,c10");

    @Test
    void identicalPartitionsScoreHundredWhateverTheServiceNames() {
        Plan renamed = plan(List.of(), "x=c01,c02,c03,c04", "y=c05,c06,c07,c08", "z=c09,c10");
        PlanComparison c = MoJoFM.compare(renamed, REFERENCE);
        assertThat(c.mojoFm()).isEqualTo(100.0);
        assertThat(c.mno()).isZero();
        assertThat(c.differences()).isEmpty();
        assertThat(c.correspondence()).isEqualTo(Map.of("x", "g1", "y", "g2", "z", "g3"));
    }

    /**
     * All singletons against two clusters of four: every singleton keeps its object (0 moves) but 8 clusters must
     * join into 2 groups (6 joins). max(mno) = n − g = 8 − 2 = 6, so MoJoFM = (1 − 6/6)·100 = 0.
     */
    @Test
    void theFarthestCandidateScoresZero() {
        Plan reference = plan(List.of(), "g1=c1,c2,c3,c4", "g2=c5,c6,c7,c8");
        Plan singletons = plan(List.of(), "s1=c1", "s2=c2", "s3=c3", "s4=c4", "s5=c5", "s6=c6", "s7=c7", "s8=c8");
        PlanComparison c = MoJoFM.compare(singletons, reference);
        assertThat(c.moves()).isZero();
        assertThat(c.joins()).isEqualTo(6);
        assertThat(c.maxDistance()).isEqualTo(6);
        assertThat(c.mojoFm()).isCloseTo(0.0, within(1e-12));
    }

    /**
     * The tie case of Wen and Tzerpos' optimal algorithm. A1 = {1,2,5,6} shares 2 with G1 and 2 with G2;
     * A2 = {3,4} shares 2 with G1 only; A3 = {7,8,9,10} shares 2 with G2 and 2 with G3. Moves = (4−2) + (2−2) +
     * (4−2) = 4 whatever the tags. Tagging each cluster with its first maximal group (A1→G1, A2→G1, A3→G2) would
     * need one join (mno 5); the maximum matching A1→G2, A2→G1, A3→G3 uses 3 groups: 0 joins, mno = 4.
     * max(mno): B sizes ascending 2, 4, 4 give g = 1, 2, 3, so max = 10 − 3 = 7 and MoJoFM = (1 − 4/7)·100.
     */
    @Test
    void usesTheMaximumMatchingForTiedTags() {
        Plan candidate = plan(List.of(), "a1=c01,c02,c05,c06", "a2=c03,c04", "a3=c07,c08,c09,c10");
        PlanComparison c = MoJoFM.compare(candidate, REFERENCE);
        assertThat(c.moves()).isEqualTo(4);
        assertThat(c.joins()).isZero();
        assertThat(c.maxDistance()).isEqualTo(7);
        assertThat(c.mojoFm()).isCloseTo(300.0 / 7, within(1e-9));
        assertThat(c.correspondence()).isEqualTo(Map.of("a1", "g2", "a2", "g1", "a3", "g3"));
        assertThat(c.differences()).containsExactly(new ClassDiff("c01", "a1", "g1"),
                new ClassDiff("c02", "a1", "g1"), new ClassDiff("c07", "a3", "g2"), new ClassDiff("c08", "a3", "g2"));
    }

    /**
     * Moves and joins together: A1 = {1,2,3,4,5,6,7,8} (4 in G1, 4 in G2), A2 = {9}, A3 = {10} (both G3).
     * Moves = 4 + 0 + 0; A2 and A3 share group G3: 1 join. mno = 5, MoJoFM = (1 − 5/7)·100 = 200/7.
     */
    @Test
    void countsJoinsOfClustersTaggedWithTheSameGroup() {
        Plan candidate = plan(List.of(), "a1=c01,c02,c03,c04,c05,c06,c07,c08", "a2=c09", "a3=c10");
        PlanComparison c = MoJoFM.compare(candidate, REFERENCE);
        assertThat(c.moves()).isEqualTo(4);
        assertThat(c.joins()).isEqualTo(1);
        assertThat(c.mojoFm()).isCloseTo(200.0 / 7, within(1e-9));
        assertThat(MoJoFM.of(candidate, REFERENCE)).isEqualTo(c.mojoFm());
    }

    /**
     * A reference of three singletons: the paper's g is 1 (sizes 1, 1, 1), not the 3 clusters, so max(mno) =
     * 3 − 1 = 2. One cluster holding everything needs 2 moves: MoJoFM 0.
     */
    @Test
    void theDivisorFollowsThePaperForTinyReferenceClusters() {
        Plan reference = plan(List.of(), "r1=c1", "r2=c2", "r3=c3");
        PlanComparison c = MoJoFM.compare(plan(List.of(), "all=c1,c2,c3"), reference);
        assertThat(c.maxDistance()).isEqualTo(2);
        assertThat(c.mno()).isEqualTo(2);
        assertThat(c.mojoFm()).isCloseTo(0.0, within(1e-12));
    }

    /**
     * The example shipped with the MoJo tool (release 2.0, York University), A.bunch against B.bunch:
     * <pre>
     * A: {6,2} {5,11,1} {7,13} {8,12} {10,3} {9,4}      B: G1 {6,2}  G2 {1}  G3 {7,13,5,11}  G4 {8,12}  G5 {10,4}  G6 {9,3}
     * </pre>
     * Maximal overlaps: {6,2}→G1 (2), {5,11,1}→G3 (2; 1 moves), {7,13}→G3 (2), {8,12}→G4 (2), {10,3}→G5 or G6 (1;
     * one moves), {9,4}→G5 or G6 (1; one moves): 3 moves. The matching pairs {10,3} and {9,4} with G5 and G6, but
     * {5,11,1} and {7,13} both need G3: 5 groups for 6 clusters, 1 join. mno = 4.
     * max: B sizes ascending 1, 2, 2, 2, 2, 4 give g = 1, 2, 2, 2, 2, 3, so max = 13 − 3 = 10 (reachable: put one
     * object of every group in one cluster, one of every group of 2+ in another, G3's last two alone: 5 + 4 moves,
     * 1 join). MoJoFM = (1 − 4/10)·100 = 60. (13 − 6 clusters = 7 would not bound mno.)
     */
    @Test
    void matchesTheExampleDistributedWithTheMoJoTool() {
        Plan a = plan(List.of(), "a1=m06,m02", "a2=m05,m11,m01", "a3=m07,m13", "a4=m08,m12", "a5=m10,m03",
                "a6=m09,m04");
        Plan b = plan(List.of(), "g1=m06,m02", "g2=m01", "g3=m07,m13,m05,m11", "g4=m08,m12", "g5=m10,m04",
                "g6=m09,m03");
        PlanComparison c = MoJoFM.compare(a, b);
        assertThat(c.moves()).isEqualTo(3);
        assertThat(c.joins()).isEqualTo(1);
        assertThat(c.maxDistance()).isEqualTo(10);
        assertThat(c.mojoFm()).isCloseTo(60.0, within(1e-9));
        Plan diagonal = plan(List.of(), "d1=m02,m01,m07,m08,m10,m09", "d2=m06,m13,m12,m04,m03", "d3=m05", "d4=m11");
        assertThat(MoJoFM.compare(diagonal, b).mno()).isEqualTo(10);
        assertThat(MoJoFM.of(diagonal, b)).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void sharedIsOneClusterAndClassesInOnePlanOnlyAreListedNotCompared() {
        Plan candidate = plan(List.of("c09", "c10"), "x=c01,c02,c03,c04,extra", "y=c05,c06,c07,c08");
        Plan reference = plan(List.of("c10"), "g1=c01,c02,c03,c04", "g2=c05,c06,c07,c08", "g3=c09,gone");
        PlanComparison c = MoJoFM.compare(candidate, reference);
        assertThat(c.common()).isEqualTo(10);
        assertThat(c.onlyInCandidate()).containsExactly("extra");
        assertThat(c.onlyInReference()).containsExactly("gone");
        // the candidate's (shared) = {c09, c10} shares one class with g3 and one with the reference's (shared):
        // a tie; both groups are free, the first by name wins, so c09 moves to g3. mno = 1 move, 0 joins.
        assertThat(c.correspondence()).containsEntry(Plan.SHARED, Plan.SHARED);
        assertThat(c.differences()).containsExactly(new ClassDiff("c09", Plan.SHARED, "g3"));
        assertThat(c.mno()).isEqualTo(1);
    }

    @Test
    void plansWithNoClassInCommonAreRejectedWithAnExample() {
        assertThatThrownBy(() -> MoJoFM.compare(plan(List.of(), "a=p.One"), plan(List.of(), "b=q.Two")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no class in common").hasMessageContaining("p.One")
                .hasMessageContaining("q.Two");
    }

    @Test
    void aPlanPlacingAClassTwiceIsRejectedNamingTheClass() {
        Plan twice = plan(List.of("c01"), "x=c01,c02");
        assertThatThrownBy(() -> MoJoFM.compare(twice, REFERENCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c01")
                .hasMessageContaining("candidate");
    }
}
