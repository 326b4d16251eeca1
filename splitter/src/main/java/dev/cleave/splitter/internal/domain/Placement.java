package dev.cleave.splitter.internal.domain;

import dev.cleave.splitter.internal.WeightedGraph;

/**
 * Places the cross-cutting classes kept out of clustering ({@link Layout#PENDING}), first rule that applies:
 * <ol>
 *   <li>an event listener follows the behaviour it calls (services, components, EJBs), not the events, entities and
 *   repositories it reads;</li>
 *   <li>an exception named after an entity ({@code CustomerNotFoundException}) joins that entity's service;</li>
 *   <li>a class without a domain of its own (no anchor, named after none, using no class the clustering put in a
 *   service: utilities, base classes, value types, glue) joins the one service that uses it, and is shared when
 *   two or more services use it, or one service and the shared library (which every service includes), or
 *   none;</li>
 *   <li>a class with a domain: one whose dependents all sit in one service, or mostly one of two, joins it; between
 *   two services without a clear majority, one named after an anchor of one of them joins that one; one used from
 *   more services is shared, unless it has no cross-cutting stereotype and one service holds a clear majority of
 *   its use; one nothing in a service uses follows what it uses when that is mostly one service; anything else is
 *   shared.</li>
 * </ol>
 * Last, a class these rules would share while it uses classes of services joins the service it uses most: the shared
 * library cannot depend on a service.
 */
final class Placement {
    /** Share of the dependents' weight that makes one of two services the owner of a class. */
    static final double DOMINANT = 0.6;

    private Placement() {
    }

    static void run(Layout layout) {
        System.arraycopy(placed(layout), 0, layout.place, 0, layout.place.length);
    }

    /** Where each class would be once placed; the layout does not change. */
    static int[] placed(Layout layout) {
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
        keepSharedFreeOfServices(layout, place, decided, votes);
        return decided;
    }

    /**
     * Every service includes the shared library, so a shared class cannot depend on a class of a service (the gate
     * and the generator refuse such a plan): a class these rules would share while it uses classes of services joins
     * the service it uses most, again until nothing changes (a class that used it may have to follow). Found on
     * spring-shop: an event listener reacting in three services was shared.
     */
    private static void keepSharedFreeOfServices(Layout layout, int[] place, int[] decided, Votes votes) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int v = 0; v < place.length; v++) {
                if (place[v] != Layout.PENDING || decided[v] != Layout.SHARED) {
                    continue;
                }
                votes.pairWeights(v);
                try {
                    for (int u : layout.facts.uses(v)) {
                        if (decided[u] >= 0) {
                            votes.add(decided[u], 1.0 + votes.pair[u]);
                        }
                    }
                    int places = votes.sortedPlaces();
                    int best = Layout.PENDING;
                    for (int i = 0; i < places; i++) {
                        if (best == Layout.PENDING || votes.weight(votes.place[i]) > votes.weight(best)) {
                            best = votes.place[i];
                        }
                    }
                    if (best >= 0) {
                        decided[v] = best;
                        changed = true;
                    }
                } finally {
                    votes.clear();
                    votes.clearPairWeights(v);
                }
            }
        }
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
            int named = namedException(layout, v, place);
            if (named >= 0) {
                return named;
            }
            if (domainFree(layout, v, layout.place)) {
                int users = usingServices(facts.usedBy(v), place);
                return users == Layout.PENDING ? Layout.SHARED : users;
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
     * The service of the entity an exception is named after ({@code ProductNotFoundException} → the service of
     * {@code Product}), whoever throws it: it is part of that capability's contract. -1 when v is no such exception
     * or the entities it is named after are in no service or in several.
     */
    private static int namedException(Layout layout, int v, int[] place) {
        if (!layout.facts.node(v).is(dev.cleave.model.Stereotype.EXCEPTION)) {
            return -1;
        }
        int service = -1;
        for (int anchor : layout.stems[v]) {
            if (layout.facts.anchors().isEntity(anchor) && place[anchor] >= 0) {
                if (service >= 0 && place[anchor] != service) {
                    return -1;
                }
                service = place[anchor];
            }
        }
        return service;
    }

    /**
     * Whether v has no domain ownership: it is no anchor, is named after none, and depends on no class the
     * clustering put in a service (a utility, a base class, a value type, an exception or configuration of the
     * whole application; depending on other cross-cutting classes does not give it a domain).
     *
     * @param place the places before cross-cutting classes are placed
     */
    static boolean domainFree(Layout layout, int v, int[] place) {
        if (layout.facts.anchors().isAnchor(v) || layout.stems[v].length > 0) {
            return false;
        }
        for (int u : layout.facts.uses(v)) {
            if (place[u] >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the users of a domain-free class put it: {@code shared} when two or more services use it, or one
     * service and the shared library (which every service includes, and which cannot depend on a service); the
     * service when only one uses it; PENDING when no service uses it.
     */
    private static int usingServices(int[] users, int[] place) {
        int service = Layout.PENDING;
        boolean shared = false;
        for (int u : users) {
            if (place[u] >= 0 && service >= 0 && place[u] != service) {
                return Layout.SHARED;
            }
            service = place[u] >= 0 ? place[u] : service;
            shared |= place[u] == Layout.SHARED;
        }
        return service >= 0 && shared ? Layout.SHARED : service;
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

    /**
     * The classes among these that have behaviour: the business beans (services, components, EJBs) when there are
     * any, else those that are not data, not data access, and depend on something. An event a listener reads is a
     * plain class that carries data; the service it calls is its reaction.
     */
    private static int[] behaviour(Facts facts, int[] classes) {
        int[] beans = java.util.Arrays.stream(classes).filter(u -> Roles.isBusinessBean(facts.node(u))).toArray();
        return beans.length > 0 ? beans : java.util.Arrays.stream(classes).filter(u -> !Roles.isData(facts.node(u))
                && !Roles.isDataAccess(facts.node(u)) && facts.uses(u).length > 0).toArray();
    }
}
