package dev.cleave.splitter.internal.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Deterministic, unique, lower-case-kebab service names. A pinned cluster takes its pin's name. Otherwise each
 * anchor stem of the cluster (entity names, entry points without their technical words) scores the number of the
 * cluster's classes whose names start with it, plus one per anchor carrying it; the best free stem wins
 * ({@code Order}, {@code OrderLine}, {@code OrderController}, {@code OrderService} → {@code order}). Larger clusters
 * choose first; a taken name gets a number.
 */
final class ServiceNames {
    private static final Set<String> RESERVED = Set.of("shared", "unassigned");

    private ServiceNames() {
    }

    /** Name of each cluster 0..k-1. */
    static String[] of(Layout layout) {
        List<List<Integer>> members = layout.members();
        String[] names = new String[members.size()];
        Set<String> taken = new HashSet<>(RESERVED);
        for (int v = 0; v < layout.place.length; v++) {
            if (layout.place[v] >= 0 && layout.pin[v] != null) {
                names[layout.place[v]] = layout.pin[v];
                taken.add(layout.pin[v]);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < members.size(); c++) {
            order.add(c);
        }
        order.sort(Comparator.comparingInt((Integer c) -> -members.get(c).size()).thenComparingInt(c -> c));
        for (int c : order) {
            if (names[c] == null) {
                names[c] = choose(layout, members.get(c), taken);
                taken.add(names[c]);
            }
        }
        return names;
    }

    private static String choose(Layout layout, List<Integer> cluster, Set<String> taken) {
        List<String> ranked = ranked(layout, cluster);
        for (String name : ranked) {
            if (!taken.contains(name)) {
                return name;
            }
        }
        String base = ranked.isEmpty() ? "service" : ranked.get(0);
        for (int i = 2; ; i++) {
            String name = trim(base, ("-" + i).length()) + "-" + i;
            if (!taken.contains(name)) {
                return name;
            }
        }
    }

    private static List<String> ranked(Layout layout, List<Integer> cluster) {
        Map<List<String>, Integer> score = new TreeMap<>(Comparator.comparing((List<String> s) -> String.join(" ", s)));
        for (int v : cluster) {
            List<String> stem = StemLinks.anchorStem(layout.facts, v);
            if (!stem.isEmpty()) {
                score.merge(stem, 1, Integer::sum);
            }
        }
        if (score.isEmpty()) {
            int central = cluster.stream().max(Comparator.comparingDouble((Integer v) -> layout.graph.strength()[v])
                    .thenComparing(v -> -v)).orElseThrow();
            score.put(Stems.stem(layout.facts.node(central).simpleName()), 1);
        }
        Map<List<String>, Integer> named = new java.util.HashMap<>();
        for (int v : cluster) {
            List<String> words = Stems.words(layout.facts.node(v).simpleName());
            for (int length = 1; length <= words.size(); length++) {
                named.merge(words.subList(0, length), 1, Integer::sum);
            }
        }
        for (var e : score.entrySet()) {
            e.setValue(e.getValue() + named.getOrDefault(e.getKey(), 0));
        }
        return score.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<List<String>, Integer> e) -> -e.getValue())
                        .thenComparingInt(e -> e.getKey().size())
                        .thenComparing(e -> String.join(" ", e.getKey())))
                .map(e -> kebab(e.getKey())).filter(n -> !n.isEmpty()).distinct().toList();
    }

    static String kebab(List<String> words) {
        String name = String.join("-", words).replaceAll("[^a-z0-9-]", "").replaceAll("-+", "-")
                .replaceAll("^-|-$", "");
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
