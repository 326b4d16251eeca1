package dev.cleave.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * User decisions that every re-split honours.
 *
 * @param pins         class → service name it must stay in, sorted by class
 * @param keepTogether groups of classes that must share a service
 * @param keepApart    groups of classes that must all be in different services
 * @param services     fixed number of services, 0 = chosen automatically
 */
public record Constraints(Map<String, String> pins, List<List<String>> keepTogether, List<List<String>> keepApart,
                          int services) {
    public static final Constraints NONE = new Constraints(Map.of(), List.of(), List.of(), 0);

    public Constraints {
        pins = pins == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(pins));
        keepTogether = keepTogether == null ? List.of() : keepTogether.stream().map(Lists::sorted).toList();
        keepApart = keepApart == null ? List.of() : keepApart.stream().map(Lists::sorted).toList();
        if (services < 0) {
            throw new IllegalArgumentException("constraints.services must be 0 (automatic) or more: " + services);
        }
    }
}
