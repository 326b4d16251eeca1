package dev.cleave.splitter.internal.domain;

import dev.cleave.splitter.internal.WeightedGraph;

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
        Votes votes = new Votes(layout);
        for (int round = 0; round < 2; round++) {
            for (int v = 0; v < place.length; v++) {
                if (place[v] == Layout.PENDING) {
                    decided[v] = decide(layout, v, round == 0 ? place : decided, votes);
                }
            }
        }
        System.arraycopy(decided, 0, place, 0, place.length);
    }

    private static int decide(Layout layout, int v, int[] place, Votes votes) {
        Facts facts = layout.facts;
        votes.pairWeights(v);
        try {
            if (Roles.isListener(facts.node(v))) {
                int byReactions = owner(layout, v, behaviour(facts, facts.uses(v)), place, 2, false, votes);
                if (byReactions != Layout.PENDING) {
                    return byReactions;
                }
            }
            int byUsers = owner(layout, v, facts.usedBy(v), place, 2, true, votes);
            if (byUsers != Layout.PENDING) {
                return byUsers;
            }
            int byUses = owner(layout, v, facts.uses(v), place, 2, false, votes);
            return byUses == Layout.PENDING ? Layout.SHARED : byUses;
        } finally {
            votes.clearPairWeights(v);
        }
    }

    /**
     * The service owning v by these neighbours: SHARED when more than {@code maxServices} services (or no
     * dominant one) are involved, PENDING when none is.
     */
    private static int owner(Layout layout, int v, int[] neighbours, int[] place, int maxServices,
                             boolean sharedVotes, Votes votes) {
        for (int u : neighbours) {
            if (place[u] >= 0 || (place[u] == Layout.SHARED && sharedVotes)) {
                votes.add(place[u], 1.0 + votes.pair[u]);
            }
        }
        try {
            return byVotes(layout, v, place, maxServices, votes);
        } finally {
            votes.clear();
        }
    }

    private static int byVotes(Layout layout, int v, int[] place, int maxServices, Votes votes) {
        int places = votes.sortedPlaces();
        if (places == 0) {
            return Layout.PENDING;
        }
        double[] inOrder = new double[places];
        for (int i = 0; i < places; i++) {
            inOrder[i] = votes.weight(votes.place[i]);
        }
        double total = java.util.Arrays.stream(inOrder).sum();
        int best = votes.place[0];
        long services = 0;
        for (int i = 0; i < places; i++) {
            if (inOrder[i] > votes.weight(best)) {
                best = votes.place[i];
            }
            services += votes.place[i] >= 0 ? 1 : 0;
        }
        boolean dataLike = !Roles.isCrossCuttingByStereotype(layout.facts.node(v));
        if (votes.weight(best) >= DOMINANT * total && (services <= maxServices || dataLike)) {
            return best;
        }
        if (services > maxServices) {
            return Layout.SHARED;
        }
        for (int anchor : layout.stems[v]) {
            if (place[anchor] >= 0 && votes.has(place[anchor])) {
                return place[anchor];
            }
        }
        return Layout.SHARED;
    }

    /**
     * Scratch space of {@link #owner}: the weight each place (a cluster or {@link Layout#SHARED}) gets from the
     * neighbours, summed in neighbour order, and the kind-weighted weight of v to each vertex. Arrays instead of maps;
     * {@link #sortedPlaces} gives the places in ascending order, as a sorted map would.
     */
    private static final class Votes {
        final double[] pair;
        final int[] place;
        private final double[] weight;
        private final boolean[] voted;
        private final WeightedGraph graph;
        private int count;

        Votes(Layout layout) {
            int k = Math.max(layout.clusters(), 0);
            this.pair = new double[layout.place.length];
            this.place = new int[k + 1];
            this.weight = new double[k + 1];
            this.voted = new boolean[k + 1];
            this.graph = layout.facts.weighted();
        }

        void pairWeights(int v) {
            for (int i = 0; i < graph.degree(v); i++) {
                pair[graph.neighbor(v, i)] = graph.weight(v, i);
            }
        }

        void clearPairWeights(int v) {
            for (int i = 0; i < graph.degree(v); i++) {
                pair[graph.neighbor(v, i)] = 0;
            }
        }

        /** @param p a cluster or {@link Layout#SHARED} */
        void add(int p, double w) {
            int slot = p + 1;
            if (!voted[slot]) {
                voted[slot] = true;
                place[count++] = p;
            }
            weight[slot] += w;
        }

        int sortedPlaces() {
            java.util.Arrays.sort(place, 0, count);
            return count;
        }

        double weight(int p) {
            return weight[p + 1];
        }

        boolean has(int p) {
            return voted[p + 1];
        }

        void clear() {
            for (int i = 0; i < count; i++) {
                voted[place[i] + 1] = false;
                weight[place[i] + 1] = 0;
            }
            count = 0;
        }
    }

    /** The classes among these that have behaviour: not data, not data access, and depending on something. */
    private static int[] behaviour(Facts facts, int[] classes) {
        return java.util.Arrays.stream(classes).filter(u -> !Roles.isData(facts.node(u))
                && !Roles.isDataAccess(facts.node(u)) && facts.uses(u).length > 0).toArray();
    }
}
