package dev.cleave.splitter.internal.domain;

import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;

/**
 * Dead classes: nothing references them, the framework does not call them, and they implement or extend no
 * project type that is referenced (which would make them reachable through it).
 */
public final class Liveness {
    private Liveness() {
    }

    public static boolean[] dead(Facts facts) {
        boolean[] referenced = new boolean[facts.size()];
        for (Edge e : facts.graph().edges()) {
            if (e.kind() != EdgeKind.CO_CHANGE && facts.vertex(e.to()) >= 0) {
                referenced[facts.vertex(e.to())] = true;
            }
        }
        boolean[] viaSupertype = new boolean[facts.size()];
        for (Edge e : facts.graph().edges()) {
            if (e.kind() == EdgeKind.EXTENDS || e.kind() == EdgeKind.IMPLEMENTS) {
                int sup = facts.vertex(e.to());
                if (sup >= 0 && facts.vertex(e.from()) >= 0 && referenced[sup] || Roles.isFrameworkInvoked(facts.node(sup))) {
                    viaSupertype[facts.vertex(e.from())] = true;
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
        boolean[] touched = new boolean[facts.size()];
        for (Edge e : facts.graph().edges()) {
            if (facts.vertex(e.from()) >= 0 && facts.vertex(e.to()) >= 0) {
                touched[facts.vertex(e.from())] = true;
                touched[facts.vertex(e.to())] = true;
            }
        }
        boolean[] isolated = new boolean[facts.size()];
        for (int v = 0; v < facts.size(); v++) {
            isolated[v] = !touched[v];
        }
        return isolated;
    }
}
