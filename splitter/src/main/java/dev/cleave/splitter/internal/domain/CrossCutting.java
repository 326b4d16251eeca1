package dev.cleave.splitter.internal.domain;

/**
 * Classes that are likely cross-cutting (utilities, constants, base classes, generic exceptions, configuration,
 * and by shape: classes the code of many others uses that depend on nothing of the domain themselves), and event
 * listeners, which belong where their reactions go rather than with the events they read. They are kept out of
 * clustering, so they cannot glue capabilities together, and placed afterwards by {@link Placement}.
 */
public final class CrossCutting {
    /** Distinct dependents from which a domain-free class counts as cross-cutting by shape. */
    static final int HUB_FAN_IN = 5;
    /** Subclasses from which a class (not an entity) counts as a base class, cross-cutting until placed. */
    static final int BASE_CLASS_SUBCLASSES = 3;

    private CrossCutting() {
    }

    /**
     * @param stemLinks   name links to anchors; a class named after a domain concept is not cross-cutting by shape
     * @param constrained classes the user placed; never cross-cutting
     */
    public static boolean[] of(Facts facts, int[][] stemLinks, boolean[] constrained) {
        boolean[] cross = new boolean[facts.size()];
        int[] subclasses = subclasses(facts);
        Anchors anchors = facts.anchors();
        for (int v = 0; v < facts.size(); v++) {
            cross[v] = !constrained[v] && (Roles.isCrossCuttingByStereotype(facts.node(v))
                    || Roles.isListener(facts.node(v))
                    || (subclasses[v] >= BASE_CLASS_SUBCLASSES && !anchors.isEntity(v)));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int v = 0; v < facts.size(); v++) {
                if (!cross[v] && !constrained[v] && !anchors.isAnchor(v) && stemLinks[v].length == 0
                        && facts.codeDependents(v) >= HUB_FAN_IN && domainFanOut(facts, v, cross) <= 1) {
                    cross[v] = true;
                    changed = true;
                }
            }
        }
        return cross;
    }

    /** Number of project classes that extend each class. */
    static int[] subclasses(Facts facts) {
        int[] count = new int[facts.size()];
        var index = facts.index();
        for (int e = 0; e < index.edgeCount(); e++) {
            int sup = index.to(e);
            if (index.kind(e) == dev.cleave.model.EdgeKind.EXTENDS && sup >= 0 && index.from(e) >= 0) {
                count[sup]++;
            }
        }
        return count;
    }

    private static int domainFanOut(Facts facts, int v, boolean[] cross) {
        int n = 0;
        for (int u : facts.uses(v)) {
            n += cross[u] ? 0 : 1;
        }
        return n;
    }
}
