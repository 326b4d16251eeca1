package dev.cleave.splitter.internal.domain;

import dev.cleave.model.Constraints;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableUse;
import dev.cleave.model.TypeKind;
import dev.cleave.splitter.internal.GraphIndex;
import dev.cleave.splitter.internal.cluster.Partitions;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups of classes that move as one: each keep-together group, the classes pinned to the same service, each class
 * with the entity that owns it ({@link Aggregates}: the parts, lookups and values of an aggregate), and each
 * data-access class (repository, DAO, mapper) whose tables all belong to one such group, or that is named after an
 * entity whose table it uses, with that group; each interface with its only implementation. The
 * rules never join what the user separated: no rule puts two classes pinned to different services, or two members
 * of one keep-apart group, into one atom.
 */
final class Atoms {
    private Atoms() {
    }

    /**
     * Atom of each vertex, numbered 0..k-1 in order of lowest vertex.
     *
     * @param stems       name links of each vertex to anchors ({@link StemLinks})
     * @param memberships the classes that belong to an entity ({@link Aggregates#of})
     */
    static int[] of(Facts facts, Constraints constraints, Map<String, Integer> tableOwners, int[][] stems,
                    List<Aggregates.Membership> memberships) {
        Groups groups = new Groups(facts.size());
        for (List<String> group : constraints.keepTogether()) {
            for (String c : group) {
                groups.union(facts.vertex(group.get(0)), facts.vertex(c));
            }
        }
        Map<String, Integer> firstPinned = new TreeMap<>();
        constraints.pins().forEach((cls, service) -> {
            int v = facts.vertex(cls);
            groups.union(firstPinned.computeIfAbsent(service, s -> v), v);
            groups.pin(v, service);
        });
        List<List<String>> apart = constraints.keepApart();
        for (int g = 0; g < apart.size(); g++) {
            for (String cls : apart.get(g)) {
                groups.apart(facts.vertex(cls), g);
            }
        }
        for (Aggregates.Membership m : memberships) {
            groups.unionIfAllowed(m.owner(), m.part());
        }
        int[] sole = soleImplementations(facts);
        for (int v = 0; v < facts.size(); v++) {
            if (sole[v] >= 0) {
                groups.unionIfAllowed(sole[v], v);
            }
        }
        for (int v = 0; v < facts.size(); v++) {
            if (!facts.anchors().isAnchor(v) && Roles.isDataAccess(facts.node(v))) {
                int owner = soleOwner(facts, v, tableOwners, groups);
                owner = owner >= 0 ? owner : namedOwner(facts, v, tableOwners, stems);
                if (owner >= 0) {
                    groups.unionIfAllowed(owner, v);
                }
            }
        }
        int[] atom = new int[facts.size()];
        for (int v = 0; v < atom.length; v++) {
            atom[v] = groups.find(v);
        }
        Partitions.renumber(atom);
        return atom;
    }

    /**
     * For each interface that one project class implements, and no other project interface extends, that class;
     * -1 for every other vertex. Only interfaces that declare behaviour count: a constants interface or a
     * cross-cutting one (a utility, a filter) is not the contract of the one class that happens to implement it. An interface with a single implementation is that implementation's contract (a
     * {@code PolicyService} for its {@code PolicyServiceImpl}): callers that only know the interface still depend on
     * that class.
     */
    static int[] soleImplementations(Facts facts) {
        GraphIndex index = facts.index();
        int[] sole = new int[facts.size()];
        java.util.Arrays.fill(sole, -1);
        boolean[] several = new boolean[facts.size()];
        for (int e = 0; e < index.edgeCount(); e++) {
            int from = index.from(e);
            int to = index.to(e);
            EdgeKind kind = index.kind(e);
            if (from < 0 || to < 0 || from == to || !isContract(facts.node(to))
                    || kind != EdgeKind.IMPLEMENTS && kind != EdgeKind.EXTENDS) {
                continue;
            }
            if (kind == EdgeKind.EXTENDS || sole[to] >= 0 && sole[to] != from) {
                several[to] = true;
            }
            sole[to] = from;
        }
        for (int v = 0; v < sole.length; v++) {
            if (several[v]) {
                sole[v] = -1;
            }
        }
        return sole;
    }

    private static boolean isContract(dev.cleave.model.Node n) {
        return n.kind() == TypeKind.INTERFACE && !n.is(Stereotype.CONSTANTS) && !Roles.isCrossCuttingByStereotype(n)
                && !Roles.isData(n);
    }

    /**
     * The entity a data-access class is named after ({@code BookingReportDao} → {@code Booking}) when it also uses
     * that entity's table, or -1: the tables and the name agree on whose data it serves.
     */
    private static int namedOwner(Facts facts, int v, Map<String, Integer> tableOwners, int[][] stems) {
        for (int anchor : stems[v]) {
            if (facts.anchors().isEntity(anchor)) {
                for (TableUse use : facts.node(v).tables()) {
                    if (tableOwners.get(use.table()) == anchor) {
                        return anchor;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * The one owner of all tables a class uses (one of the owners, when they are in one group), or -1 when it uses
     * none or tables of several groups.
     */
    private static int soleOwner(Facts facts, int v, Map<String, Integer> tableOwners, Groups groups) {
        int owner = -1;
        for (TableUse use : facts.node(v).tables()) {
            int o = tableOwners.get(use.table());
            if (owner >= 0 && groups.find(o) != groups.find(owner)) {
                return -1;
            }
            owner = owner >= 0 ? owner : o;
        }
        return owner;
    }

    /** Union-find over vertices that knows each group's pin and keep-apart groups. */
    private static final class Groups {
        private final int[] parent;
        private final String[] pin;
        private final List<java.util.BitSet> apart;

        Groups(int n) {
            parent = new int[n];
            pin = new String[n];
            apart = new java.util.ArrayList<>(java.util.Collections.nCopies(n, null));
            for (int v = 0; v < n; v++) {
                parent[v] = v;
            }
        }

        int find(int v) {
            while (parent[v] != v) {
                parent[v] = parent[parent[v]];
                v = parent[v];
            }
            return v;
        }

        void pin(int v, String service) {
            pin[find(v)] = service;
        }

        void apart(int v, int group) {
            int r = find(v);
            if (apart.get(r) == null) {
                apart.set(r, new java.util.BitSet());
            }
            apart.get(r).set(group);
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            int root = Math.min(ra, rb);
            int other = Math.max(ra, rb);
            parent[other] = root;
            pin[root] = pin[root] != null ? pin[root] : pin[other];
            if (apart.get(other) != null) {
                if (apart.get(root) == null) {
                    apart.set(root, new java.util.BitSet());
                }
                apart.get(root).or(apart.get(other));
            }
        }

        /** Joins the groups of a and b unless they carry different pins or members of one keep-apart group. */
        void unionIfAllowed(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb || (pin[ra] != null && pin[rb] != null && !pin[ra].equals(pin[rb]))
                    || (apart.get(ra) != null && apart.get(rb) != null && apart.get(ra).intersects(apart.get(rb)))) {
                return;
            }
            union(a, b);
        }
    }
}
