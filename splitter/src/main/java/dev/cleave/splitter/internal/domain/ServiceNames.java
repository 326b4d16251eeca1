package dev.cleave.splitter.internal.domain;

import dev.cleave.model.Plan;
import dev.cleave.model.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Deterministic, unique, lower-case-kebab service names. A pinned cluster takes its pin's name. With a previous plan
 * (a re-split), each cluster takes the name of the previous service it shares most classes with, largest overlaps
 * first, so that the names a user knows, or gave, survive. Otherwise each anchor stem of the cluster (entity names,
 * entry points without their technical words; the parts, lookups and values of an aggregate count for its root
 * entity) scores the number of the cluster's classes whose names start with it, plus two per entity and one per
 * entry point carrying it (the data a service owns names it before its pages do); the best free stem wins
 * ({@code Order}, {@code OrderLine}, {@code OrderController}, {@code OrderService} → {@code order}), and of equal
 * ones, the stem of the anchors most tied to the rest of the code (the employee every class uses, not the department
 * it belongs to). Larger
 * clusters choose first. A cluster whose stems are all taken joins two of them ({@code order-cart}), then tries the
 * stems of its other classes (alone and after its best stem), then their whole names ({@code order-repository});
 * only when every such name is taken does a number make it unique.
 */
final class ServiceNames {
    private static final Set<String> RESERVED = dev.cleave.model.Service.RESERVED_NAMES;

    private ServiceNames() {
    }

    /**
     * Name of each cluster 0..k-1.
     *
     * @param previous the plan this split replaces, or null
     */
    static String[] of(Layout layout, Plan previous) {
        List<List<Integer>> members = layout.members();
        String[] names = new String[members.size()];
        Set<String> taken = new HashSet<>(RESERVED);
        for (int v = 0; v < layout.place.length; v++) {
            if (layout.place[v] >= 0 && layout.pin[v] != null) {
                names[layout.place[v]] = layout.pin[v];
                taken.add(layout.pin[v]);
            }
        }
        if (previous != null) {
            byOverlap(layout, previous, names, taken);
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < members.size(); c++) {
            order.add(c);
        }
        order.sort(Comparator.comparingInt((Integer c) -> -members.get(c).size()).thenComparingInt(c -> c));
        // each cluster's candidates depend on the cluster alone: ranked on all cores, then chosen in order
        List<List<String>> ranked = java.util.stream.IntStream.range(0, members.size()).parallel()
                .mapToObj(c -> names[c] == null ? ranked(layout, members.get(c)) : List.<String>of()).toList();
        for (int c : order) {
            if (names[c] == null) {
                names[c] = choose(layout, members.get(c), ranked.get(c), taken);
                taken.add(names[c]);
            }
        }
        return names;
    }

    /**
     * Gives clusters the names of the previous plan's services they share classes with: (cluster, service) pairs
     * by overlap, largest first (then by cluster, then by name), each cluster and each name used once. O(V + P log P)
     * for P overlapping pairs.
     */
    private static void byOverlap(Layout layout, Plan previous, String[] names, Set<String> taken) {
        Map<String, Integer> serviceOf = new HashMap<>();
        List<Service> services = previous.services();
        for (int s = 0; s < services.size(); s++) {
            for (String cls : services.get(s).classes()) {
                serviceOf.put(cls, s);
            }
        }
        Map<Long, Integer> overlap = new HashMap<>();
        for (int v = 0; v < layout.place.length; v++) {
            int c = layout.place[v];
            Integer s = c >= 0 && names[c] == null ? serviceOf.get(layout.facts.id(v)) : null;
            if (s != null) {
                overlap.merge(((long) c << 32) | s, 1, Integer::sum);
            }
        }
        List<long[]> pairs = new ArrayList<>();
        overlap.forEach((key, count) -> pairs.add(new long[] {count, key >>> 32, key & 0xffffffffL}));
        pairs.sort(Comparator.comparingLong((long[] p) -> -p[0]).thenComparingLong(p -> p[1])
                .thenComparing(p -> services.get((int) p[2]).name()));
        for (long[] p : pairs) {
            int c = (int) p[1];
            String name = services.get((int) p[2]).name();
            if (names[c] == null && !taken.contains(name)) {
                names[c] = name;
                taken.add(name);
            }
        }
    }

    /** The first free name among the ranked stems, two of them joined, and the stems of the cluster's classes. */
    private static String choose(Layout layout, List<Integer> cluster, List<String> ranked, Set<String> taken) {
        for (String name : ranked) {
            if (!taken.contains(name)) {
                return name;
            }
        }
        for (int i = 0; i < ranked.size(); i++) {
            for (int j = 0; j < ranked.size(); j++) {
                String name = trim(ranked.get(i) + "-" + ranked.get(j), 0);
                if (i != j && !taken.contains(name)) {
                    return name;
                }
            }
        }
        String base = ranked.isEmpty() ? "service" : ranked.get(0);
        for (String other : classNames(layout, cluster, true)) {
            for (String name : List.of(other, trim(base + "-" + other, 0))) {
                if (!other.isEmpty() && !other.equals(base) && !taken.contains(name)) {
                    return name;
                }
            }
        }
        for (String full : classNames(layout, cluster, false)) {
            if (!full.isEmpty() && !taken.contains(full)) {
                return full;
            }
        }
        for (int i = 2; ; i++) {
            String name = trim(base, ("-" + i).length()) + "-" + i;
            if (!taken.contains(name)) {
                return name;
            }
        }
    }

    /** Kebab stems (or whole names) of the cluster's classes, the most connected first. */
    private static List<String> classNames(Layout layout, List<Integer> cluster, boolean stems) {
        return cluster.stream().sorted(Comparator.comparingDouble((Integer v) -> -layout.graph.strength()[v])
                        .thenComparingInt(v -> v))
                .map(v -> layout.facts.anchors().words(v)).map(w -> kebab(stems ? Stems.stem(w) : w)).distinct()
                .toList();
    }

    private static List<String> ranked(Layout layout, List<Integer> cluster) {
        Anchors anchors = layout.facts.anchors();
        Map<String, Candidate> score = new TreeMap<>();
        Set<Integer> inCluster = new HashSet<>(cluster);
        for (int v : cluster) {
            int root = inCluster.contains(layout.root[v]) ? layout.root[v] : v;
            List<String> stem = anchors.stem(root).isEmpty() ? anchors.stem(v) : anchors.stem(root);
            if (!stem.isEmpty() && (anchors.isAnchor(v) || root != v)) {
                Candidate candidate = score.computeIfAbsent(String.join(" ", stem), k -> new Candidate(stem, k));
                candidate.score += anchors.isEntity(v) || root != v ? 2 : 1;
                candidate.strength += layout.graph.strength()[v];
            }
        }
        if (score.isEmpty()) {
            int central = cluster.stream().max(Comparator.comparingDouble((Integer v) -> layout.graph.strength()[v])
                    .thenComparing(v -> -v)).orElseThrow();
            List<String> stem = Stems.stem(anchors.words(central));
            Candidate only = new Candidate(stem, String.join(" ", stem));
            only.score = 1;
            score.put(only.key, only);
        }
        Map<List<String>, Candidate> byStem = new java.util.HashMap<>();
        score.values().forEach(c -> byStem.putIfAbsent(c.stem, c));
        for (int v : cluster) {
            List<String> words = anchors.words(v);
            for (int length = 1; length <= words.size(); length++) {
                Candidate c = byStem.get(words.subList(0, length));
                if (c != null) {
                    c.named++;
                }
            }
        }
        return score.values().stream()
                .sorted(Comparator.comparingInt((Candidate c) -> -(c.score + c.named))
                        .thenComparingDouble(c -> -c.strength)
                        .thenComparingInt(c -> c.stem.size())
                        .thenComparing(c -> c.key))
                .map(c -> kebab(c.stem)).filter(n -> !n.isEmpty()).distinct().toList();
    }

    /** A stem that may name a cluster: anchors carrying it, and classes whose names start with it. */
    private static final class Candidate {
        final List<String> stem;
        final String key;
        int score;
        int named;
        /** How strongly the anchors carrying it are tied to the rest of the code: the one everything uses wins a tie. */
        double strength;

        Candidate(List<String> stem, String key) {
            this.stem = stem;
            this.key = key;
        }
    }

    /**
     * The words joined by '-', keeping only a-z, 0-9 and single inner '-' (as replacing {@code [^a-z0-9-]} by nothing,
     * {@code -+} by '-' and {@code ^-|-$} by nothing, in one pass); "s-" before a first character that is not a letter.
     */
    static String kebab(List<String> words) {
        StringBuilder kept = new StringBuilder();
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            for (int i = -1; i < word.length(); i++) {
                char c = i < 0 ? '-' : word.charAt(i);
                if (i < 0 && w == 0) {
                    continue;
                }
                boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
                if (allowed && !(c == '-' && (kept.length() == 0 || kept.charAt(kept.length() - 1) == '-'))) {
                    kept.append(c);
                }
            }
        }
        if (kept.length() > 0 && kept.charAt(kept.length() - 1) == '-') {
            kept.setLength(kept.length() - 1);
        }
        String name = kept.toString();
        if (!name.isEmpty() && !Character.isLetter(name.charAt(0))) {
            name = "s-" + name;
        }
        return trim(name, 0);
    }

    private static String trim(String name, int room) {
        String t = name.length() > 63 - room ? name.substring(0, 63 - room) : name;
        return t.endsWith("-") ? t.substring(0, t.length() - 1) : t;
    }
}
