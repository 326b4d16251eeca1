package dev.cleave.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * How a plan was computed, so that it can be computed again.
 *
 * @param name       algorithm name (for example {@code leiden})
 * @param seed       random seed
 * @param parameters numeric parameters (resolution, edge-kind weights...), sorted by name
 */
public record Algorithm(String name, long seed, Map<String, Double> parameters) {
    public Algorithm {
        name = name == null ? "" : name;
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }
}
