package dev.cleave.splitter.internal.domain;

import dev.cleave.model.EdgeKind;
import dev.cleave.model.Node;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableUse;
import dev.cleave.model.TypeKind;
import dev.cleave.splitter.internal.GraphIndex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classes that belong to another entity, read from the mapping: such a class is never cut from the entity that
 * owns it (unless the user pins them apart). An entity's members carry their mapping annotations and its fields are
 * {@code field} edges, so an entity B belongs to an entity A when
 * <ul>
 *   <li><b>part of A's aggregate</b>: A maps a collection ({@code @OneToMany}, {@code @ElementCollection}) and has
 *   a field of type B, and B either points back at A through a to-one field ({@code @ManyToOne},
 *   {@code @OneToOne}: the two sides of one association) or has no data access of its own (no other class reads,
 *   writes or maps B's tables: it is only reached through A). Owner → pets → visits stays one chain;</li>
 *   <li><b>a lookup of A</b>: B is an entity without entity fields of its own, A (mapped with an association) is the
 *   only entity with a field of type B, and no entry point is named after B (no {@code BController} of its own):
 *   the reference data of one capability ({@code PetType}, {@code Specialty});</li>
 *   <li><b>a value of A</b>: B is an enum or an embeddable, and A is the only entity or embeddable with a field of
 *   type B. An embeddable's own values belong to it, so they follow it into its entity ({@code Cargo} embeds
 *   {@code Delivery}, which embeds {@code HandlingActivity} and holds a {@code TransportStatus}: all four stay
 *   together).</li>
 * </ul>
 * A class claimed by several entities stays free. General rules only: nothing names a project's classes. O(V + E).
 */
final class Aggregates {
    private static final Set<String> TO_MANY = Set.of("OneToMany", "ElementCollection");
    private static final Set<String> TO_ONE = Set.of("ManyToOne", "OneToOne");
    private static final Set<String> ASSOCIATION = Set.of("OneToMany", "ManyToOne", "OneToOne", "ManyToMany");

    /** Why a class belongs to its owner; also the order in which the rules are tried. */
    enum Kind {
        PART, LOOKUP, VALUE
    }

    /** Class {@code part} belongs to entity {@code owner} by rule {@code kind}. */
    record Membership(int part, int owner, Kind kind) {
    }

    private Aggregates() {
    }

    /** The memberships of the graph, by ascending part. */
    static List<Membership> of(Facts facts) {
        int n = facts.size();
        int[][] fields = fields(facts);
        int[][] claimedBy = claimants(fields, n);
        Lazy lazy = new Lazy(facts);
        List<Membership> found = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            int[] owners = claimedBy[b];
            if (owners.length == 0) {
                continue;
            }
            Membership m = facts.anchors().isEntity(b) ? entityOwner(facts, b, owners, fields, lazy)
                    : owners.length == 1 ? new Membership(b, owners[0], Kind.VALUE) : null;
            if (m != null) {
                found.add(m);
            }
        }
        return found;
    }

    /**
     * Enums and embeddables that two or more entities hold as a field ({@code PermitType} of a permit application, a
     * fee rate and a zoning district): a value type of several aggregates, no one entity's value, so it is placed
     * by its users like other cross-cutting classes (shared when several services hold it) rather than clustered.
     */
    static boolean[] sharedValues(Facts facts) {
        int[][] claimedBy = claimants(fields(facts), facts.size());
        boolean[] shared = new boolean[facts.size()];
        for (int v = 0; v < shared.length; v++) {
            int entities = 0;
            for (int a : claimedBy[v]) {
                entities += facts.anchors().isEntity(a) ? 1 : 0;
            }
            shared[v] = entities >= 2 && !facts.anchors().isEntity(v) && isValue(facts.node(v));
        }
        return shared;
    }

    /** What only JPA-mapped graphs need, computed on first use. */
    private static final class Lazy {
        private final Facts facts;
        private boolean[] ownDataAccess;
        private Set<List<String>> entryPrefixes;

        Lazy(Facts facts) {
            this.facts = facts;
        }

        boolean ownDataAccess(int v) {
            if (ownDataAccess == null) {
                ownDataAccess = Aggregates.ownDataAccess(facts);
            }
            return ownDataAccess[v];
        }

        boolean namedByEntryPoint(int v) {
            if (entryPrefixes == null) {
                entryPrefixes = entryStemPrefixes(facts);
            }
            return entryPrefixes.contains(facts.anchors().words(v));
        }
    }

    private static Membership entityOwner(Facts facts, int b, int[] owners, int[][] fields, Lazy lazy) {
        int whole = -1;
        for (int a : owners) {
            if (isPart(facts, a, b, fields, lazy)) {
                if (whole >= 0) {
                    return null;
                }
                whole = a;
            }
        }
        if (whole >= 0) {
            return isPart(facts, b, whole, fields, lazy) ? null : new Membership(b, whole, Kind.PART);
        }
        int a = owners[0];
        boolean lookup = owners.length == 1 && maps(facts.node(a), ASSOCIATION)
                && Arrays.stream(fields[b]).noneMatch(facts.anchors()::isEntity) && !lazy.namedByEntryPoint(b);
        return lookup ? new Membership(b, a, Kind.LOOKUP) : null;
    }

    /** Whether entity b is part of entity a's aggregate (a maps a collection and holds b). */
    private static boolean isPart(Facts facts, int a, int b, int[][] fields, Lazy lazy) {
        if (!maps(facts.node(a), TO_MANY)) {
            return false;
        }
        boolean pointsBack = Arrays.binarySearch(fields[b], a) >= 0;
        return pointsBack ? maps(facts.node(b), TO_ONE) : !lazy.ownDataAccess(b);
    }

    /** For each entity or embeddable, the distinct entities, enums and embeddables it has fields of, ascending. */
    private static int[][] fields(Facts facts) {
        GraphIndex index = facts.index();
        Anchors anchors = facts.anchors();
        long[] pairs = new long[index.edgeCount()];
        int count = 0;
        for (int e = 0; e < index.edgeCount(); e++) {
            int a = index.from(e);
            int b = index.to(e);
            if (index.kind(e) == EdgeKind.FIELD && a >= 0 && b >= 0 && a != b
                    && (anchors.isEntity(a) || facts.node(a).is(Stereotype.EMBEDDABLE))
                    && (anchors.isEntity(b) && anchors.isEntity(a) || isValue(facts.node(b)))) {
                pairs[count++] = ((long) a << 32) | b;
            }
        }
        Arrays.sort(pairs, 0, count);
        int[] degree = new int[facts.size()];
        for (int i = 0; i < count; i++) {
            if (i == 0 || pairs[i] != pairs[i - 1]) {
                degree[(int) (pairs[i] >>> 32)]++;
            }
        }
        int[][] fields = new int[facts.size()][];
        for (int v = 0; v < fields.length; v++) {
            fields[v] = degree[v] == 0 ? EMPTY : new int[degree[v]];
            degree[v] = 0;
        }
        for (int i = 0; i < count; i++) {
            if (i == 0 || pairs[i] != pairs[i - 1]) {
                int a = (int) (pairs[i] >>> 32);
                fields[a][degree[a]++] = (int) pairs[i];
            }
        }
        return fields;
    }

    private static boolean isValue(Node node) {
        return node.kind() == TypeKind.ENUM || node.is(Stereotype.EMBEDDABLE);
    }

    /** For each class, the entities with a field of its type, ascending. */
    private static int[][] claimants(int[][] fields, int n) {
        int[] count = new int[n];
        for (int[] row : fields) {
            for (int b : row) {
                count[b]++;
            }
        }
        int[][] claimedBy = new int[n][];
        for (int v = 0; v < n; v++) {
            claimedBy[v] = count[v] == 0 ? EMPTY : new int[count[v]];
            count[v] = 0;
        }
        for (int a = 0; a < n; a++) {
            for (int b : fields[a]) {
                claimedBy[b][count[b]++] = a;
            }
        }
        return claimedBy;
    }

    private static final int[] EMPTY = new int[0];

    /** Classes with a table that another class reads, writes or maps: they have data access of their own. */
    private static boolean[] ownDataAccess(Facts facts) {
        Map<String, Integer> accessors = new HashMap<>();
        for (int v = 0; v < facts.size(); v++) {
            facts.node(v).tables().stream().map(TableUse::table).distinct()
                    .forEach(t -> accessors.merge(t, 1, Integer::sum));
        }
        boolean[] own = new boolean[facts.size()];
        for (int v = 0; v < facts.size(); v++) {
            own[v] = facts.node(v).tables().stream().map(TableUse::table).anyMatch(t -> accessors.get(t) > 1);
        }
        return own;
    }

    /** Every word prefix of an entry point's stem: an entity is named by an entry point when its words are one. */
    private static Set<List<String>> entryStemPrefixes(Facts facts) {
        Set<List<String>> prefixes = new HashSet<>();
        for (int v = 0; v < facts.size(); v++) {
            if (facts.anchors().isEntryPoint(v)) {
                List<String> stem = facts.anchors().stem(v);
                for (int length = 1; length <= stem.size(); length++) {
                    prefixes.add(stem.subList(0, length));
                }
            }
        }
        return prefixes;
    }

    /** The entity at the top of each vertex's chain of memberships (owner → pets → visits: owner), else itself. */
    static int[] roots(List<Membership> memberships, int n) {
        int[] owner = new int[n];
        java.util.Arrays.fill(owner, -1);
        memberships.forEach(m -> owner[m.part()] = m.owner());
        int[] root = new int[n];
        for (int v = 0; v < n; v++) {
            int r = v;
            for (int steps = 0; owner[r] >= 0 && steps < n; steps++) {
                r = owner[r];
            }
            root[v] = r;
        }
        return root;
    }

    /** Whether the class carries one of these mapping annotations (simple names; any package). */
    static boolean maps(Node node, Set<String> simpleNames) {
        for (String a : node.annotations()) {
            if (simpleNames.contains(a.substring(a.lastIndexOf('.') + 1))) {
                return true;
            }
        }
        return false;
    }
}
