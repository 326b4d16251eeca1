package dev.cleave.splitter.internal.metrics;

/**
 * For IFN: for each class, how many classes of other services call it, and per service how many of its classes
 * have such a caller. Updated in O(call degree) per class move.
 */
final class CalledClasses {
    private final Adjacency adj;
    private final int[] place;
    private final int[] crossCallers;
    private final int[] called;

    /** @param place the live placement array of the owning {@link PlanState} (read only here) */
    CalledClasses(Adjacency adj, int[] place, int services) {
        this.adj = adj;
        this.place = place;
        this.crossCallers = new int[adj.vertexCount()];
        this.called = new int[services];
    }

    /** Adds ({@code sign} = 1) or removes (-1) vertex {@code v} as a member of service {@code s}. */
    void account(int v, int s, int sign) {
        if (sign > 0) {
            attach(v, s);
        } else {
            detach(v, s);
        }
        Csr rows = adj.callees;
        for (int i = rows.offsets()[v]; i < rows.offsets()[v + 1]; i++) {
            int w = rows.values()[i];
            int t = place[w];
            if (t < 0 || t == s) {
                continue;
            }
            int before = crossCallers[w];
            crossCallers[w] += sign;
            if (before == 0) {
                called[t]++;
            } else if (crossCallers[w] == 0) {
                called[t]--;
            }
        }
    }

    private void attach(int v, int s) {
        Csr rows = adj.callers;
        for (int i = rows.offsets()[v]; i < rows.offsets()[v + 1]; i++) {
            int t = place[rows.values()[i]];
            if (t >= 0 && t != s) {
                crossCallers[v]++;
            }
        }
        if (crossCallers[v] > 0) {
            called[s]++;
        }
    }

    private void detach(int v, int s) {
        if (crossCallers[v] > 0) {
            called[s]--;
        }
        crossCallers[v] = 0;
    }

    /** Classes of service {@code s} called from another service. */
    int called(int s) {
        return called[s];
    }

    boolean isCalledFromOtherService(int v) {
        return crossCallers[v] > 0;
    }
}
