package dev.cleave.splitter.internal.domain;

import dev.cleave.model.Constraints;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableUse;
import dev.cleave.splitter.internal.cluster.Partitions;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups of classes that move as one: each keep-together group, the classes pinned to the same service, and each
 * data-access class (repository, DAO, mapper) whose tables all belong to one owner, with that owner
 * (unless either is in a keep-apart group).
 */
public final class Atoms {
    private Atoms() {
    }

    /** Atom of each vertex, numbered 0..k-1 in order of lowest vertex. */
    public static int[] of(Facts facts, Constraints constraints, Map<String, Integer> tableOwners) {
        int[] parent = new int[facts.size()];
        for (int v = 0; v < parent.length; v++) {
            parent[v] = v;
        }
        for (List<String> group : constraints.keepTogether()) {
            for (String c : group) {
                union(parent, facts.vertex(group.get(0)), facts.vertex(c));
            }
        }
        Map<String, Integer> firstPinned = new TreeMap<>();
        constraints.pins().forEach((cls, service) -> {
            int v = facts.vertex(cls);
            union(parent, firstPinned.computeIfAbsent(service, s -> v), v);
        });
        java.util.Set<Integer> apart = new java.util.HashSet<>();
        constraints.keepApart().forEach(g -> g.forEach(cls -> apart.add(facts.vertex(cls))));
        for (int v = 0; v < facts.size(); v++) {
            int owner = soleOwner(facts, v, tableOwners);
            if (owner >= 0 && !apart.contains(v) && !apart.contains(owner) && !facts.anchors().isEntity(v) && !facts.anchors().isEntryPoint(v)
                    && (facts.node(v).is(Stereotype.REPOSITORY) || facts.node(v).is(Stereotype.MAPPER))) {
                union(parent, owner, v);
            }
        }
        int[] atom = new int[parent.length];
        for (int v = 0; v < parent.length; v++) {
            atom[v] = find(parent, v);
        }
        Partitions.renumber(atom);
        return atom;
    }

    /** The one owner of all tables a class uses, or -1 when it uses none or tables of several owners. */
    static int soleOwner(Facts facts, int v, Map<String, Integer> tableOwners) {
        int owner = -1;
        for (TableUse use : facts.node(v).tables()) {
            int o = tableOwners.get(use.table());
            if (owner >= 0 && o != owner) {
                return -1;
            }
            owner = o;
        }
        return owner;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
