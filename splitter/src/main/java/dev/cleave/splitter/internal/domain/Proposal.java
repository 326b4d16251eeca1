package dev.cleave.splitter.internal.domain;

import dev.cleave.model.Constraints;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Plan;
import dev.cleave.splitter.SplitException;
import dev.cleave.splitter.internal.cluster.ClusterGraph;
import dev.cleave.splitter.internal.cluster.Leiden;
import dev.cleave.splitter.internal.cluster.Partitions;

import java.util.Map;
import java.util.concurrent.ForkJoinTask;

/**
 * The splitting pipeline: facts and table owners → atoms (user groups, aggregates, data access) → the application
 * shell and cross-cutting classes set aside → Leiden on the damped, name-enriched graph of atoms → constraints
 * repaired (and, in a re-split, clusters joined to the pinned service they were part of) → weak clusters merged,
 * oversized ones split → clusters below the minimum service size merged → cross-cutting classes placed →
 * service count fitted → names → the web shell placed.
 */
public final class Proposal {
    /** Clusters below this size, or without an anchor, are merged into their best neighbour before placement. */
    static final int MIN_SIZE = 3;
    /** Services above this size that hold several capabilities are split. */
    static final int MAX_SIZE = 20;

    /** Where each class went; {@code names[c]} names cluster c. */
    public record Result(Facts facts, int[] place, String[] names, Map<String, Integer> tableOwners, boolean[] dead) {
    }

    /** The inputs of one run. */
    /**
     * The inputs of one run.
     *
     * @param minClasses with an automatic number of services, the fewest classes of a service
     * @param minLines   with an automatic number of services, the fewest lines of a service
     * @param previous   the plan this split replaces (its names are kept by overlap), or null
     */
    public record Params(long seed, double resolution, Map<EdgeKind, Double> weights, Constraints constraints,
                         int fixed, int min, int max, int minClasses, int minLines, Plan previous) {
    }

    private Proposal() {
    }

    /** @throws SplitException when the constraints are unknown, contradictory or unsatisfiable */
    public static Result run(Facts facts, Params p) {
        ConstraintCheck.check(facts, p.constraints(), p.fixed(), p.min());
        ForkJoinTask<boolean[]> dead = ForkJoinTask.adapt(() -> Liveness.dead(facts)).fork(); // another core
        Map<String, Integer> owners = TableOwners.of(facts);
        int[][] stems = StemLinks.of(facts);
        java.util.List<Aggregates.Membership> memberships = Aggregates.of(facts);
        int[] atom = Atoms.of(facts, p.constraints(), owners, stems, memberships);
        ConstraintCheck.checkAtoms(facts, p.constraints(), atom);
        String[] pin = pins(facts, p.constraints(), atom);
        boolean[] constrained = constrained(facts, p.constraints(), atom);
        boolean[] cross = CrossCutting.of(facts, stems, constrained);
        boolean[] sharedValues = Aggregates.sharedValues(facts);
        for (int v = 0; v < facts.size(); v++) {
            cross[v] |= sharedValues[v] && !constrained[v];
        }
        boolean[] isolated = Liveness.isolated(facts);
        int[] atomSize = new int[facts.size()];
        for (int a : atom) {
            atomSize[a]++;
        }
        boolean[] shell = Shell.application(facts, constrained, atomSize, atom);
        boolean[] webShell = Shell.entryPoints(facts, isolated, constrained);
        boolean[] excluded = new boolean[facts.size()];
        for (int v = 0; v < facts.size(); v++) {
            cross[v] &= atomSize[atom[v]] == 1 && !shell[v];
            excluded[v] = cross[v] || shell[v] || (isolated[v] && !constrained[v] && atomSize[atom[v]] == 1);
        }
        ClusterGraph g = ClusteringGraph.of(facts, excluded, stems, FeaturePackages.of(facts).links(), owners);
        int atoms = Partitions.count(atom);
        int[] ofAtom = new Leiden(p.resolution(), p.seed()).cluster(g.aggregate(atom, atoms));
        int[] place = new int[facts.size()];
        for (int v = 0; v < facts.size(); v++) {
            place[v] = shell[v] ? Layout.SHARED : cross[v] ? Layout.PENDING
                    : excluded[v] ? Layout.UNASSIGNED : ofAtom[atom[v]];
        }
        Layout layout = new Layout(facts, g, atom, pin, keepApart(facts, p.constraints()), constrained, stems,
                Aggregates.roots(memberships, facts.size()), place, p.resolution());
        shape(layout, p);
        layout.compact();
        String[] names = ServiceNames.of(layout, p.previous());
        Shell.placeEntryPoints(layout, names, webShell);
        return new Result(facts, layout.place(), names, owners, dead.join());
    }

    private static void shape(Layout layout, Params p) {
        ConstraintRepair.run(layout);
        Continuity.join(layout, p.previous());
        Merging.mergeWeak(layout, MIN_SIZE);
        if (p.fixed() == 0 && Sizing.splitLarge(layout, MAX_SIZE, p.seed())) {
            Merging.mergeWeak(layout, MIN_SIZE);
        }
        if (p.fixed() == 0 && (p.minClasses() > 0 || p.minLines() > 0)) {
            layout.compact();
            Granularity.mergeSmall(layout, Placement.placed(layout), p.minClasses(), p.minLines(), p.min());
        }
        Placement.run(layout);
        int min = p.fixed() > 0 ? p.fixed() : p.min();
        int max = p.fixed() > 0 ? p.fixed() : p.max();
        try {
            Sizing.fitCount(layout, min, max, p.seed());
        } catch (IllegalStateException e) {
            throw new SplitException("cannot make " + (p.fixed() > 0 ? p.fixed() + " services" : "a number of services in "
                    + p.min() + ".." + p.max()) + ": " + e.getMessage() + ". Change the number of services or the"
                    + " constraints.");
        }
    }

    private static String[] pins(Facts facts, Constraints c, int[] atom) {
        String[] byAtom = new String[facts.size()];
        c.pins().forEach((cls, service) -> byAtom[atom[facts.vertex(cls)]] = service);
        String[] pin = new String[facts.size()];
        for (int v = 0; v < facts.size(); v++) {
            pin[v] = byAtom[atom[v]];
        }
        return pin;
    }

    private static boolean[] constrained(Facts facts, Constraints c, int[] atom) {
        boolean[] byAtom = new boolean[facts.size()];
        c.pins().keySet().forEach(cls -> byAtom[atom[facts.vertex(cls)]] = true);
        c.keepTogether().forEach(g -> g.forEach(cls -> byAtom[atom[facts.vertex(cls)]] = true));
        c.keepApart().forEach(g -> g.forEach(cls -> byAtom[atom[facts.vertex(cls)]] = true));
        boolean[] constrained = new boolean[facts.size()];
        for (int v = 0; v < facts.size(); v++) {
            constrained[v] = byAtom[atom[v]];
        }
        return constrained;
    }

    private static int[][] keepApart(Facts facts, Constraints c) {
        return c.keepApart().stream().map(g -> g.stream().mapToInt(facts::vertex).toArray()).toArray(int[][]::new);
    }
}
