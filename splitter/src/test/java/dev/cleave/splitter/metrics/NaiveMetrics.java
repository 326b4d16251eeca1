package dev.cleave.splitter.metrics;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanMetrics;
import dev.cleave.model.TableUse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The DESIGN.md formulas written the obvious way, straight from the edge list: a test oracle for PlanScorer. */
final class NaiveMetrics {
    private NaiveMetrics() {
    }

    static PlanMetrics score(CodeGraph graph, Plan plan, Map<EdgeKind, Double> weights) {
        Set<String> nodes = new HashSet<>();
        graph.nodes().forEach(n -> nodes.add(n.id()));
        Map<String, String> svc = new HashMap<>();
        plan.services().forEach(s -> s.classes().stream().filter(nodes::contains).forEach(c -> svc.put(c, s.name())));
        Map<String, Integer> size = new HashMap<>();
        svc.values().forEach(s -> size.merge(s, 1, Integer::sum));
        int k = size.size();
        int n = svc.size();
        Set<String> pairs = new HashSet<>();
        Map<String, Double> pairWeight = new HashMap<>();
        Set<String> called = new HashSet<>();
        long calls = 0;
        long crossCalls = 0;
        int crossEdges = 0;
        for (Edge e : graph.edges()) {
            String a = svc.get(e.from());
            String b = svc.get(e.to());
            if (a == null || b == null) {
                continue;
            }
            String key = e.from().compareTo(e.to()) < 0 ? e.from() + "|" + e.to() : e.to() + "|" + e.from();
            if (e.kind() != EdgeKind.CO_CHANGE) {
                pairs.add(key);
                crossEdges += a.equals(b) ? 0 : 1;
            }
            pairWeight.merge(key, weights.getOrDefault(e.kind(), 0.0) * e.weight(), Double::sum);
            if (e.kind() == EdgeKind.CALL) {
                calls += e.weight();
                if (!a.equals(b)) {
                    crossCalls += e.weight();
                    called.add(e.to());
                }
            }
        }
        return new PlanMetrics(k, n, sm(pairs, svc, size), calls == 0 ? 0 : (double) crossCalls / calls,
                k == 0 ? 0 : (double) called.size() / k, ned(size, n), q(pairWeight, svc), tables(graph, svc),
                crossEdges, called.size());
    }

    private static double sm(Set<String> pairs, Map<String, String> svc, Map<String, Integer> size) {
        int k = size.size();
        if (k == 0) {
            return 0;
        }
        Map<String, Integer> mu = new HashMap<>();
        Map<String, Integer> sigma = new HashMap<>();
        for (String pair : pairs) {
            String[] ends = pair.split("\\|");
            String a = svc.get(ends[0]);
            String b = svc.get(ends[1]);
            if (a.equals(b)) {
                mu.merge(a, 1, Integer::sum);
            } else {
                sigma.merge(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a, 1, Integer::sum);
            }
        }
        double cohesion = 0;
        for (String s : size.keySet()) {
            cohesion += mu.getOrDefault(s, 0) / Math.pow(size.get(s), 2);
        }
        double coupling = 0;
        for (Map.Entry<String, Integer> e : sigma.entrySet()) {
            String[] st = e.getKey().split("\\|");
            coupling += e.getValue() / (2.0 * size.get(st[0]) * size.get(st[1]));
        }
        return k == 1 ? cohesion : cohesion / k - 2.0 / (k * (k - 1.0)) * coupling;
    }

    private static double ned(Map<String, Integer> size, int n) {
        int moderate = size.values().stream().filter(s -> s >= 5 && s <= 20).mapToInt(Integer::intValue).sum();
        return n == 0 ? 0 : 1 - (double) moderate / n;
    }

    private static double q(Map<String, Double> pairWeight, Map<String, String> svc) {
        double m = 0;
        Map<String, Double> in = new HashMap<>();
        Map<String, Double> tot = new HashMap<>();
        for (Map.Entry<String, Double> e : pairWeight.entrySet()) {
            String[] ends = e.getKey().split("\\|");
            String a = svc.get(ends[0]);
            String b = svc.get(ends[1]);
            m += e.getValue();
            tot.merge(a, e.getValue(), Double::sum);
            tot.merge(b, e.getValue(), Double::sum);
            if (a.equals(b)) {
                in.merge(a, e.getValue(), Double::sum);
            }
        }
        if (m == 0) {
            return 0;
        }
        double q = 0;
        for (String s : tot.keySet()) {
            q += in.getOrDefault(s, 0.0) / m - Math.pow(tot.get(s) / (2 * m), 2);
        }
        return q;
    }

    private static double tables(CodeGraph graph, Map<String, String> svc) {
        Map<String, Set<String>> users = new HashMap<>();
        for (Node node : graph.nodes()) {
            String s = svc.get(node.id());
            if (s != null) {
                for (TableUse use : node.tables()) {
                    users.computeIfAbsent(use.table(), t -> new HashSet<>()).add(s);
                }
            }
        }
        long owned = users.values().stream().filter(s -> s.size() == 1).count();
        return users.isEmpty() ? 1 : (double) owned / users.size();
    }
}
