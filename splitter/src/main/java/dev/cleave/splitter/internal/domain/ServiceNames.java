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
        // each cluster's candidates depend on the cluster alone: ranked on all cores, then chosen in order
        List<List<String>> ranked = java.util.stream.IntStream.range(0, members.size()).parallel()
                .mapToObj(c -> names[c] == null ? ranked(layout, members.get(c)) : List.<String>of()).toList();
        for (int c : order) {
            if (names[c] == null) {
                names[c] = choose(ranked.get(c), taken);
                taken.add(names[c]);
            }
        }
        return names;
    }

    private static String choose(List<String> ranked, Set<String> taken) {
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
        Anchors anchors = layout.facts.anchors();
        Map<String, Candidate> score = new TreeMap<>();
        for (int v : cluster) {
            List<String> stem = anchors.stem(v);
            if (!stem.isEmpty()) {
                score.computeIfAbsent(anchors.key(v), k -> new Candidate(stem, k)).score++;
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
