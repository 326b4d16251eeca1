package dev.cleave.splitter.internal.domain;

import dev.cleave.model.EdgeKind;
import dev.cleave.splitter.internal.GraphIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Package structure as evidence. Below its base package, a class's package path mixes layer words
 * ({@code domain.model}, {@code interfaces}, {@code web}, {@code infrastructure.persistence}) with feature words
 * ({@code cargo}, {@code handling}, {@code customer}); the first segment that is not a layer word names the class's
 * feature ({@code domain.model.cargo.Delivery} and {@code interfaces.cargo.web.CargoController}: {@code cargo}). A
 * package laid out by layer only ({@code service}, {@code dao}, {@code web}) names no feature and says nothing.
 *
 * <p>A feature counts as evidence only when the graph agrees: its classes refer to each other more than chance
 * would have them (the share of their references that stays inside the feature is above the feature's share of all
 * references, i.e. its modularity term is positive), counting uses, calls, fields and constructions but not
 * {@code extends}/{@code implements} (an exception package is held together by its base class, not by a feature).
 * Then each of its classes is linked to the others with {@link #WEIGHT} in all, as much as a name link, so the
 * package tips close calls without outweighing the code; in a feature of more than {@link #HUBS} + 1 classes, to its
 * {@link #HUBS} classes most tied to the code (a clique would grow with the square of the feature). Base package: the longest package prefix shared by all
 * classes whose names start with the same two segments ({@code se.citerus.dddsample}, {@code com.pathfinder}).
 * O(V + E).
 */
final class FeaturePackages {
    /** Weight of a class's feature links, spread over the other classes of its feature. */
    static final double WEIGHT = 1.0;
    /** Features larger than this are not linked: a "feature" holding much of a code base is a layer. */
    static final double MAX_SHARE = 0.5;

    private static final Set<String> LAYER = Set.of("domain", "model", "models", "web", "ui", "view", "service", "impl",
            "internal", "infrastructure", "interfaces", "interface", "application", "app", "api", "core", "common",
            "shared", "util", "utils", "utility", "utilities", "config", "configuration", "persistence", "repository",
            "repositories", "repo", "dao", "daos", "jdbc", "jpa", "db", "database", "dto", "dtos", "entity", "entities",
            "exception", "exceptions", "error", "errors", "messaging", "jms", "ws", "rest", "controller", "controllers",
            "servlet", "servlets", "action", "actions", "views", "form", "forms", "mapper", "mappers", "mapping",
            "event", "events", "listener", "listeners", "job", "jobs", "enums", "constants", "support", "helper",
            "helpers", "facade", "facades", "assembler", "adapter", "adapters", "port", "ports", "spi", "bean", "beans",
            "ejb", "vo", "bo", "pojo", "base", "resource", "resources", "endpoint", "endpoints", "handler", "handlers",
            "client", "clients", "server", "http", "web-inf", "security", "validation", "validator", "validators",
            "converter", "converters", "query", "queries", "command", "commands", "integration", "external", "local",
            "remote", "data", "dal", "bl", "biz", "business", "logic", "presentation", "front", "frontend", "backend",
            "main", "impls", "types", "enum", "batch",
            "task", "tasks", "filter", "filters", "interceptor", "interceptors", "aop", "aspect", "aspects", "tags",
            "taglib", "tag", "jsp", "struts", "spring", "hibernate", "mybatis", "ibatis", "orm", "sql", "xml", "json",
            "io", "file", "files", "lib", "libs", "tools", "tool", "misc", "other", "generic", "framework", "infra",
            "platform", "system", "sys", "test", "tests");

    private FeaturePackages() {
    }

    /**
     * The features the graph confirms.
     *
     * @param feature each class's confirmed feature ({@code base:segment}), or null
     * @param size    the number of classes of each class's feature (0 without one)
     * @param links   the classes each class is linked to: all others of a small feature, else its {@link #HUBS}
     *                strongest (ascending)
     */
    record Confirmed(String[] feature, int[] size, int[][] links) {
    }

    /** Largest number of feature links of a class: a big feature links each class to its strongest classes only. */
    static final int HUBS = 3;

    /** The confirmed features of the graph's classes. O(V log V + E). */
    static Confirmed of(Facts facts) {
        GraphIndex index = facts.index();
        int n = facts.size();
        String[] feature = features(index);
        Map<String, List<Integer>> members = new TreeMap<>();
        for (int v = 0; v < n; v++) {
            if (feature[v] != null) {
                members.computeIfAbsent(feature[v], f -> new ArrayList<>()).add(v);
            }
        }
        double[] strength = new double[n];
        Map<String, Double> inside = new HashMap<>();
        double total = 0;
        for (int e = 0; e < index.edgeCount(); e++) {
            int a = index.from(e);
            int b = index.to(e);
            if (a < 0 || b < 0 || a == b || !structural(index.kind(e))) {
                continue;
            }
            double w = ClusteringGraph.compress(index.weight(e));
            strength[a] += w;
            strength[b] += w;
            total += 2 * w;
            if (feature[a] != null && feature[a].equals(feature[b])) {
                inside.merge(feature[a], 2 * w, Double::sum);
            }
        }
        String[] confirmedFeature = new String[n];
        int[] size = new int[n];
        int[][] links = new int[n][];
        java.util.Arrays.fill(links, new int[0]);
        for (Map.Entry<String, List<Integer>> f : members.entrySet()) {
            List<Integer> group = f.getValue();
            double volume = group.stream().mapToDouble(v -> strength[v]).sum();
            boolean confirmed = group.size() >= 2 && group.size() <= MAX_SHARE * n && volume > 0
                    && inside.getOrDefault(f.getKey(), 0.0) / volume > volume / total;
            if (!confirmed) {
                continue;
            }
            int[] hubs = group.stream().sorted(java.util.Comparator.comparingDouble((Integer v) -> -strength[v])
                    .thenComparingInt(v -> v)).limit(HUBS + 1L).mapToInt(Integer::intValue).toArray();
            boolean small = group.size() <= HUBS + 1;
            for (int v : group) {
                confirmedFeature[v] = f.getKey();
                size[v] = group.size();
                int[] candidates = small ? group.stream().mapToInt(Integer::intValue).toArray() : hubs;
                links[v] = java.util.Arrays.stream(candidates).filter(u -> u != v).limit(HUBS).sorted().toArray();
            }
        }
        return new Confirmed(confirmedFeature, size, links);
    }

    private static boolean structural(EdgeKind kind) {
        return kind != EdgeKind.TABLE && kind != EdgeKind.CO_CHANGE && kind != EdgeKind.EXTENDS
                && kind != EdgeKind.IMPLEMENTS;
    }

    /** The feature of each class: its base package and the first non-layer segment below it, or null. */
    static String[] features(GraphIndex index) {
        int n = index.vertexCount();
        String[] pkg = new String[n];
        Map<String, String> base = new HashMap<>();
        for (int v = 0; v < n; v++) {
            String id = index.id(v);
            int dot = id.lastIndexOf('.');
            pkg[v] = dot < 0 ? "" : id.substring(0, dot);
            base.merge(group(pkg[v]), pkg[v], FeaturePackages::commonPrefix);
        }
        String[] feature = new String[n];
        for (int v = 0; v < n; v++) {
            String root = base.get(group(pkg[v]));
            if (pkg[v].length() <= root.length()) {
                continue;
            }
            for (String segment : pkg[v].substring(root.isEmpty() ? 0 : root.length() + 1).split("\\.")) {
                if (!isLayer(segment)) {
                    feature[v] = root + ":" + segment;
                    break;
                }
            }
        }
        return feature;
    }

    static boolean isLayer(String segment) {
        String s = segment.toLowerCase(Locale.ROOT);
        return LAYER.contains(s) || s.endsWith("s") && LAYER.contains(s.substring(0, s.length() - 1));
    }

    /** The first two segments of a package: classes under one organisation's name share a base package. */
    private static String group(String pkg) {
        int first = pkg.indexOf('.');
        int second = first < 0 ? -1 : pkg.indexOf('.', first + 1);
        return second < 0 ? pkg : pkg.substring(0, second);
    }

    /** The longest common prefix of two packages, in whole segments. */
    static String commonPrefix(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int k = 0;
        while (k < x.length && k < y.length && x[k].equals(y[k])) {
            k++;
        }
        return String.join(".", java.util.Arrays.copyOf(x, k));
    }
}
