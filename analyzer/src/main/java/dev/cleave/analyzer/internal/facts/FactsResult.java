package dev.cleave.analyzer.internal.facts;

import dev.cleave.model.Edge;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Facts completed across files.
 *
 * @param facts facts per top-level type FQN, sorted by FQN
 * @param edges TABLE edges and the edges descriptors state (Spring wiring, MyBatis and Struts uses), sorted
 */
public record FactsResult(Map<String, TypeFacts> facts, List<Edge> edges) {
    public FactsResult {
        facts = Collections.unmodifiableMap(new TreeMap<>(facts));
        edges = edges.stream().sorted().toList();
    }
}
