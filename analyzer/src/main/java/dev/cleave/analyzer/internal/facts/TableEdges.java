package dev.cleave.analyzer.internal.facts;

import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.TableAccess;
import dev.cleave.model.TableUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * TABLE edges: one per pair of project types that touch a common table, weight = the tables they share. The edge
 * points from the type that only queries to the type that maps (when exactly one of the two maps a shared table),
 * otherwise from the smaller id to the larger.
 */
final class TableEdges {
    private TableEdges() {
    }

    static List<Edge> of(Map<String, FactsBuilder> builders, Set<String> projectTypes) {
        Map<String, Set<String>> typesByTable = new TreeMap<>();
        Map<String, Set<String>> mapped = new HashMap<>();
        builders.forEach((fqn, b) -> {
            if (!projectTypes.contains(fqn)) {
                return;
            }
            for (TableUse use : b.tables) {
                typesByTable.computeIfAbsent(use.table(), k -> new TreeSet<>()).add(fqn);
                if (use.access() == TableAccess.MAPS) {
                    mapped.computeIfAbsent(fqn, k -> new TreeSet<>()).add(use.table());
                }
            }
        });
        Map<String, Map<String, Integer>> shared = new TreeMap<>();
        Map<String, Map<String, Boolean>> smallerMaps = new HashMap<>();
        Map<String, Map<String, Boolean>> largerMaps = new HashMap<>();
        typesByTable.forEach((table, types) -> {
            List<String> list = new ArrayList<>(types);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    String a = list.get(i);
                    String b = list.get(j);
                    shared.computeIfAbsent(a, k -> new TreeMap<>()).merge(b, 1, Integer::sum);
                    if (mapped.getOrDefault(a, Set.of()).contains(table)) {
                        smallerMaps.computeIfAbsent(a, k -> new HashMap<>()).put(b, true);
                    }
                    if (mapped.getOrDefault(b, Set.of()).contains(table)) {
                        largerMaps.computeIfAbsent(a, k -> new HashMap<>()).put(b, true);
                    }
                }
            }
        });
        List<Edge> edges = new ArrayList<>();
        shared.forEach((a, partners) -> partners.forEach((b, weight) -> {
            boolean aMaps = smallerMaps.getOrDefault(a, Map.of()).getOrDefault(b, false);
            boolean bMaps = largerMaps.getOrDefault(a, Map.of()).getOrDefault(b, false);
            edges.add(aMaps && !bMaps ? new Edge(b, a, EdgeKind.TABLE, weight)
                    : new Edge(a, b, EdgeKind.TABLE, weight));
        }));
        return edges;
    }
}
