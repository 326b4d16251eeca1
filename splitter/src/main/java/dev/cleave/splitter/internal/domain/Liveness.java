package dev.cleave.splitter.internal.domain;

import dev.cleave.model.EdgeKind;
import dev.cleave.splitter.internal.GraphIndex;

/**
 * Dead classes: nothing references them, the framework does not call them, and they implement or extend no
 * project type that is referenced (which would make them reachable through it).
 */
public final class Liveness {
    private Liveness() {
    }

    public static boolean[] dead(Facts facts) {
        GraphIndex index = facts.index();
        boolean[] referenced = new boolean[facts.size()];
        for (int e = 0; e < index.edgeCount(); e++) {
            if (index.kind(e) != EdgeKind.CO_CHANGE && index.to(e) >= 0) {
                referenced[index.to(e)] = true;
            }
        }
        boolean[] viaSupertype = new boolean[facts.size()];
        for (int e = 0; e < index.edgeCount(); e++) {
            EdgeKind kind = index.kind(e);
            if (kind == EdgeKind.EXTENDS || kind == EdgeKind.IMPLEMENTS) {
                int sup = index.to(e);
                if (sup >= 0 && index.from(e) >= 0 && referenced[sup] || Roles.isFrameworkInvoked(facts.node(sup))) {
                    viaSupertype[index.from(e)] = true;
                }
            }
        }
        boolean[] dead = new boolean[facts.size()];
        for (int v = 0; v < facts.size(); v++) {
            dead[v] = !referenced[v] && !viaSupertype[v] && !Roles.isFrameworkInvoked(facts.node(v));
        }
        return dead;
    }

    /** Classes without any edge, of any kind. */
    public static boolean[] isolated(Facts facts) {
        GraphIndex index = facts.index();
        boolean[] touched = new boolean[facts.size()];
        for (int e = 0; e < index.edgeCount(); e++) {
            if (index.from(e) >= 0 && index.to(e) >= 0) {
                touched[index.from(e)] = true;
                touched[index.to(e)] = true;
            }
        }
        boolean[] isolated = new boolean[facts.size()];
        for (int v = 0; v < facts.size(); v++) {
            isolated[v] = !touched[v];
        }
        return isolated;
    }
}
