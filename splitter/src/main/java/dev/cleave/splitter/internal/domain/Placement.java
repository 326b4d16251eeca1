package dev.cleave.splitter.internal.domain;

/**
 * Places the cross-cutting classes kept out of clustering ({@link Layout#PENDING}): a class whose dependents all
 * sit in one service, or mostly one of two, joins it; between two services without a clear majority, a class named
 * after an anchor of one of them ({@code CustomerNotFoundException}) joins that one; one used from more services
 * goes to {@code shared}, and so does one mostly used by shared classes. A class without a cross-cutting
 * stereotype (an enum, a value) used from more services still joins one that holds a clear majority of its use. A class nothing in a service uses (configuration, listeners) follows what it uses when that is
 * mostly one service; an event listener first follows the behaviour it calls (services, components), not the
 * entities, events and repositories it reads. Anything else, and anything with no link to a service, is shared.
 */
final class Placement {
    /** Share of the dependents' weight that makes one of two services the owner of a class. */
    static final double DOMINANT = 0.6;

    private Placement() {
    }

    static void run(Layout layout) {
        int[] place = layout.place;
        int[] decided = place.clone();
        for (int round = 0; round < 2; round++) {
            for (int v = 0; v < place.length; v++) {
                if (place[v] == Layout.PENDING) {
                    decided[v] = decide(layout, v, round == 0 ? place : decided);
                }
            }
        }
        System.arraycopy(decided, 0, place, 0, place.length);
    }

    private static int decide(Layout layout, int v, int[] place) {
        Facts facts = layout.facts;
        if (Roles.isListener(facts.node(v))) {
            int byReactions = owner(layout, v, behaviour(facts, facts.uses(v)), place, 2, false);
            if (byReactions != Layout.PENDING) {
                return byReactions;
            }
        }
        int byUsers = owner(layout, v, facts.usedBy(v), place, 2, true);
        if (byUsers != Layout.PENDING) {
            return byUsers;
        }
        int byUses = owner(layout, v, facts.uses(v), place, 2, false);
        return byUses == Layout.PENDING ? Layout.SHARED : byUses;
    }

    /**
     * The service owning v by these neighbours: SHARED when more than {@code maxServices} services (or no
     * dominant one) are involved, PENDING when none is.
     */
    private static int owner(Layout layout, int v, int[] neighbours, int[] place, int maxServices,
                             boolean sharedVotes) {
        java.util.Map<Integer, Double> pair = pairWeights(layout, v);
        java.util.Map<Integer, Double> weight = new java.util.TreeMap<>();
        for (int u : neighbours) {
            if (place[u] >= 0 || (place[u] == Layout.SHARED && sharedVotes)) {
                weight.merge(place[u], 1.0 + pair.getOrDefault(u, 0.0), Double::sum);
            }
        }
        if (weight.isEmpty()) {
            return Layout.PENDING;
        }
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        int best = weight.keySet().iterator().next();
        for (var e : weight.entrySet()) {
            if (e.getValue() > weight.get(best)) {
                best = e.getKey();
            }
        }
        long services = weight.keySet().stream().filter(c -> c >= 0).count();
        boolean dataLike = !Roles.isCrossCuttingByStereotype(layout.facts.node(v));
        if (weight.get(best) >= DOMINANT * total && (services <= maxServices || dataLike)) {
            return best;
        }
        if (services > maxServices) {
            return Layout.SHARED;
        }
        for (int anchor : layout.stems[v]) {
            if (place[anchor] >= 0 && weight.containsKey(place[anchor])) {
                return place[anchor];
            }
        }
        return Layout.SHARED;
    }

    /** The classes among these that have behaviour: not data, not data access, and depending on something. */
    private static int[] behaviour(Facts facts, int[] classes) {
        return java.util.Arrays.stream(classes).filter(u -> !Roles.isData(facts.node(u))
                && !Roles.isDataAccess(facts.node(u)) && facts.uses(u).length > 0).toArray();
    }

    private static java.util.Map<Integer, Double> pairWeights(Layout layout, int v) {
        var w = layout.facts.weighted();
        java.util.Map<Integer, Double> pair = new java.util.HashMap<>();
        for (int i = 0; i < w.degree(v); i++) {
            pair.put(w.neighbor(v, i), w.weight(v, i));
        }
        return pair;
    }
}
