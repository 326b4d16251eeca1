package dev.cleave.splitter.internal.domain;

import dev.cleave.model.Constraints;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TypeKind;
import dev.cleave.splitter.internal.WeightedGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The placement rules that speak for a class in a plan as it is now, in words: the aggregate, lookup or value it
 * belongs to, the application and web shell, why a shared class is shared (who uses it, what kind of class it is),
 * and, for a capability too small to be a service of its own, that it was merged into the service it is most tied
 * to. Read from the graph and the current places only, so they stay true after the user's moves. Preparing costs
 * O(V + E) once per graph; explaining a class O(degree of its capability's classes + size of its service).
 */
public final class Reasons {
    /** Where classes are now: a service number ≥ 0, or one of the constants below. */
    public interface Where {
        int SHARED = -1;
        int ELSEWHERE = -2;

        int place(int vertex);
    }

    private final Facts facts;
    private final int[] owner;
    private final Aggregates.Kind[] kind;
    private final int[] root;
    private final int[][] stems;
    private final boolean[] shell;
    private final boolean[] webShell;
    private final int[] subclasses;
    private final FeaturePackages.Confirmed features;
    /** The classes of each confirmed feature. */
    private final Map<String, List<Integer>> featureMembers = new java.util.HashMap<>();
    private final List<List<Integer>> parts;
    /** For each capability stem, the classes that may serve it ({@link #possibleCapabilities}). */
    private final Map<String, int[]> byKey = new java.util.HashMap<>();
    /** The capability stems by the service name they give, sorted. */
    private final Map<String, List<String>> byName = new java.util.HashMap<>();
    private static final int[] EMPTY = new int[0];

    private Reasons(Facts facts) {
        this.facts = facts;
        int n = facts.size();
        List<Aggregates.Membership> memberships = Aggregates.of(facts);
        this.owner = new int[n];
        this.kind = new Aggregates.Kind[n];
        java.util.Arrays.fill(owner, -1);
        memberships.forEach(m -> {
            owner[m.part()] = m.owner();
            kind[m.part()] = m.kind();
        });
        this.root = Aggregates.roots(memberships, n);
        this.stems = StemLinks.of(facts);
        Map<String, Integer> owners = TableOwners.of(facts);
        int[] atom = Atoms.of(facts, Constraints.NONE, owners, stems, memberships);
        int[] atomSize = new int[n];
        for (int a : atom) {
            atomSize[a]++;
        }
        boolean[] none = new boolean[n];
        this.shell = Shell.application(facts, none, atomSize, atom);
        this.webShell = Shell.entryPoints(facts, Liveness.isolated(facts), none);
        this.subclasses = CrossCutting.subclasses(facts);
        this.features = FeaturePackages.of(facts);
        for (int v = 0; v < n; v++) {
            if (features.feature()[v] != null) {
                featureMembers.computeIfAbsent(features.feature()[v], f -> new ArrayList<>()).add(v);
            }
        }
        Map<String, List<Integer>> candidates = new java.util.HashMap<>();
        for (int v = 0; v < n; v++) {
            for (String key : possibleCapabilities(v)) {
                candidates.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
            }
        }
        candidates.forEach((key, vertices) -> {
            byKey.put(key, vertices.stream().mapToInt(Integer::intValue).toArray());
            byName.computeIfAbsent(ServiceNames.kebab(List.of(key.split(" "))), k -> new ArrayList<>()).add(key);
        });
        byName.values().forEach(java.util.Collections::sort);
        this.parts = new ArrayList<>(java.util.Collections.nCopies(n, List.of()));
        for (Aggregates.Membership m : memberships) {
            if (parts.get(m.owner()).isEmpty()) {
                parts.set(m.owner(), new ArrayList<>());
            }
            parts.get(m.owner()).add(m.part());
        }
    }

    /** Prepares the rules for a graph. */
    public static Reasons of(Facts facts) {
        return new Reasons(facts);
    }

    /**
     * The reasons for class {@code v}, in a fixed order (membership, shell, shared, merge).
     *
     * @param services   service names by number
     * @param minClasses the smallest service in classes (the plan's {@code minServiceClasses})
     * @param minLines   the smallest service in lines (the plan's {@code minServiceLines})
     */
    public List<String> of(int v, Where where, List<String> services, int minClasses, int minLines) {
        List<String> reasons = new ArrayList<>();
        membership(v, where, services, reasons);
        feature(v, where, reasons);
        if (facts.node(v).is(Stereotype.APPLICATION)) {
            reasons.add("the application class: it belongs in the shared library, which every service starts from");
        } else if (shell[v]) {
            reasons.add("used only by the application's shell (" + users(v) + "): it belongs in the shared library"
                    + " with the application class");
        }
        if (webShell[v]) {
            reasons.add("an entry point that nothing references and that references nothing (a welcome or error"
                    + " page): it goes to the service serving /, else to the one with the most classes");
        }
        int here = where.place(v);
        if (here == Where.SHARED && !shell[v]) {
            reasons.add(shared(v, where, services));
        } else if (here >= 0 && !webShell[v]) {
            String merged = merged(v, where, services, minClasses, minLines);
            if (merged != null) {
                reasons.add(merged);
            }
        }
        return reasons;
    }

    /** The feature its packages name, when the graph confirms it and others of it are in the same service. */
    private void feature(int v, Where where, List<String> reasons) {
        String feature = features.feature()[v];
        int here = where.place(v);
        if (feature == null || here < 0) {
            return;
        }
        int together = 0;
        for (int u : featureMembers.get(feature)) {
            together += u != v && where.place(u) == here ? 1 : 0;
        }
        if (together > 0) {
            reasons.add("its package names the feature '" + feature.substring(feature.indexOf(':') + 1) + "' ("
                    + together + " of its " + (features.size()[v] - 1) + " other classes are in this service, and they"
                    + " refer to each other more than chance): the package layout counts as evidence");
        }
    }

    private void membership(int v, Where where, List<String> services, List<String> reasons) {
        if (owner[v] >= 0) {
            String whole = facts.node(owner[v]).simpleName();
            String why = switch (kind[v]) {
                case PART -> "part of the aggregate of " + whole + " (" + whole + " maps a collection of it)";
                case LOOKUP -> "a lookup of " + whole + " (the only entity that refers to it; no entry point of its"
                        + " own)";
                case VALUE -> "a value of " + whole + " (the only entity with a field of its type)";
            };
            int there = where.place(owner[v]);
            reasons.add(why + (there == where.place(v) ? ": kept with it" : ": kept with it unless you separate"
                    + " them (" + whole + " is in " + name(there, services) + ")"));
        }
        if (!parts.get(v).isEmpty()) {
            reasons.add("owns " + String.join(", ", parts.get(v).stream().map(u -> facts.node(u).simpleName())
                    .toList()) + " (its aggregate's parts, lookups and values): they belong with it");
        }
    }

    private String users(int v) {
        TreeSet<String> names = new TreeSet<>();
        for (int u : facts.usedBy(v)) {
            names.add(facts.node(u).simpleName());
        }
        return String.join(", ", names);
    }

    private String shared(int v, Where where, List<String> services) {
        TreeSet<String> users = new TreeSet<>();
        boolean byShared = false;
        for (int u : facts.usedBy(v)) {
            int p = where.place(u);
            if (p >= 0) {
                users.add(services.get(p));
            }
            byShared |= p == Where.SHARED;
        }
        String use = users.isEmpty() ? (byShared ? "used only by the shared library" : "used by no service")
                : "used by " + String.join(", ", users) + (byShared ? " and the shared library" : "");
        String hint = users.size() == 1 && !byShared ? " (one capability uses it: it could go to "
                + users.first() + ")" : "";
        return use + "; " + kindOf(v) + hint;
    }

    private String kindOf(int v) {
        var node = facts.node(v);
        if (facts.anchors().isAnchor(v) || stems[v].length > 0) {
            return "it has a domain of its own";
        }
        if (node.is(Stereotype.MAPPED_SUPERCLASS) || subclasses[v] >= CrossCutting.BASE_CLASS_SUBCLASSES) {
            return "a base class";
        }
        if (node.is(Stereotype.UTILITY) || node.is(Stereotype.CONSTANTS)) {
            return "a utility";
        }
        if (node.is(Stereotype.EXCEPTION)) {
            return "an exception of the whole application";
        }
        if (node.is(Stereotype.CONFIGURATION) || node.is(Stereotype.FILTER) || node.is(Stereotype.APPLICATION)
                || node.is(Stereotype.COMPONENT) || node.is(Stereotype.LISTENER)) {
            return "framework glue";
        }
        if (Roles.isData(node) || node.kind() == TypeKind.INTERFACE) {
            return "a value type";
        }
        return "no domain of its own";
    }

    /**
     * The merge reason of a class whose capability (the anchors of one stem in its service, the classes named
     * after them, an aggregate counting as its root) is not the one its service is named after, is smaller than a
     * service may be, and is tied to its service at least as much as to any other; null otherwise (after a move by
     * hand, for instance, the merge no longer explains the place).
     */
    private String merged(int v, Where where, List<String> services, int minClasses, int minLines) {
        int here = where.place(v);
        String key = capability(v, where);
        if (key.isEmpty()) {
            return null;
        }
        String name = services.get(here);
        String main = null;
        for (String named : byName.getOrDefault(name, List.of())) {
            main = main == null && !group(named, here, where).isEmpty() ? named : main;
        }
        if (main == null) {
            Map<String, List<Integer>> groups = new TreeMap<>();
            for (int u = 0; u < owner.length; u++) {
                if (where.place(u) == here) {
                    groups.computeIfAbsent(capability(u, where), k -> new ArrayList<>()).add(u);
                }
            }
            groups.remove("");
            main = mainCapability(groups, name);
        }
        if (key.equals(main)) {
            return null;
        }
        List<Integer> group = group(key, here, where);
        long lines = group.stream().mapToLong(u -> facts.node(u).lines()).sum();
        boolean entryOnly = group.stream().allMatch(facts.anchors()::isEntryPoint);
        Map<Integer, Double> pull = pull(group, where);
        boolean mostTied = pull.entrySet().stream().allMatch(e -> e.getKey() == here
                || e.getValue() <= pull.getOrDefault(here, 0.0));
        if ((group.size() >= minClasses && lines >= minLines && !entryOnly) || !mostTied) {
            return null;
        }
        return ServiceNames.kebab(List.of(key.split(" "))) + " (" + group.size()
                + (group.size() == 1 ? " class, " : " classes, ") + lines + " lines"
                + (entryOnly ? ", only entry points" : "") + ") is below the smallest service (" + minClasses
                + " classes, " + minLines + " lines): merged into " + services.get(here)
                + ", the service it is most tied to (" + ties(pull, services) + ")";
    }

    /** The classes of service {@code here} whose capability is {@code key}, ascending. */
    private List<Integer> group(String key, int here, Where where) {
        List<Integer> group = new ArrayList<>();
        for (int u : byKey.getOrDefault(key, EMPTY)) {
            if (where.place(u) == here && capability(u, where).equals(key)) {
                group.add(u);
            }
        }
        return group;
    }

    /**
     * The capabilities a class may serve, whatever the places: the stems of its anchors ({@link #capability}'s
     * candidates) and of their aggregate roots.
     */
    private java.util.Set<String> possibleCapabilities(int v) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        List<Integer> anchors = new ArrayList<>();
        if (facts.anchors().isAnchor(v) || owner[v] >= 0) {
            anchors.add(v);
        }
        for (int a : stems[v]) {
            anchors.add(a);
        }
        for (int a : anchors) {
            for (String key : List.of(facts.anchors().key(a), facts.anchors().key(root[a]))) {
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /**
     * The capability a class serves in its service, as a stem: an entity's own, else that of the entity (then the
     * anchor) of its service it is named after, else an entry point's own; an aggregate's members count as its
     * root. Empty for a class that serves none.
     */
    private String capability(int v, Where where) {
        int here = where.place(v);
        int anchor = facts.anchors().isEntity(v) || owner[v] >= 0 ? v : -1;
        for (int a : stems[v]) {
            anchor = anchor < 0 && facts.anchors().isEntity(a) && where.place(a) == here ? a : anchor;
        }
        for (int a : stems[v]) {
            anchor = anchor < 0 && where.place(a) == here ? a : anchor;
        }
        anchor = anchor < 0 && facts.anchors().isEntryPoint(v) ? v : anchor;
        if (anchor < 0) {
            return "";
        }
        int r = where.place(root[anchor]) == here ? root[anchor] : anchor;
        String key = facts.anchors().key(r);
        return key.isEmpty() ? facts.anchors().key(anchor) : key;
    }

    /** The capability a service is named after, else its largest (then first). */
    private static String mainCapability(Map<String, List<Integer>> groups, String serviceName) {
        String largest = "";
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            if (ServiceNames.kebab(List.of(g.getKey().split(" "))).equals(serviceName)) {
                return g.getKey();
            }
            if (largest.isEmpty() || g.getValue().size() > groups.get(largest).size()) {
                largest = g.getKey();
            }
        }
        return largest;
    }

    /** Kind-weighted weight from the group's classes to each service, outside the group. */
    private Map<Integer, Double> pull(List<Integer> group, Where where) {
        WeightedGraph g = facts.weighted();
        java.util.Set<Integer> inGroup = new java.util.HashSet<>(group);
        Map<Integer, Double> pull = new TreeMap<>();
        for (int u : group) {
            for (int i = 0; i < g.degree(u); i++) {
                int w = g.neighbor(u, i);
                if (!inGroup.contains(w) && where.place(w) >= 0) {
                    pull.merge(where.place(w), g.weight(u, i), Double::sum);
                }
            }
        }
        return pull;
    }

    /** The pull to each service, strongest first: {@code ties: fleet 16.5, rental 2.5}. */
    private static String ties(Map<Integer, Double> pull, List<String> services) {
        List<String> out = new ArrayList<>();
        pull.entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.add(services.get(e.getKey()) + " " + String.format(java.util.Locale.ROOT, "%.1f",
                        e.getValue())));
        return out.isEmpty() ? "no ties" : "ties: " + String.join(", ", out);
    }

    private static String name(int place, List<String> services) {
        return place >= 0 ? services.get(place) : place == Where.SHARED ? "the shared library" : "no service";
    }
}
