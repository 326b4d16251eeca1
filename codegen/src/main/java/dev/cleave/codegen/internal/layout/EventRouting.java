package dev.cleave.codegen.internal.layout;

import dev.cleave.codegen.internal.source.Facts;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which services listen to which application events. An event published in one service is forwarded to the other
 * services that have {@code @EventListener} methods for it, so listeners keep firing after the split.
 */
final class EventRouting {
    private EventRouting() {
    }

    /** Event type → services with a listener for it. */
    static Map<String, Set<String>> listeners(Facts facts, Plan plan) {
        Map<String, Set<String>> listeners = new TreeMap<>();
        for (Service s : plan.services()) {
            for (String type : s.classes()) {
                facts.listenedEvents(type).forEach(e -> listeners.computeIfAbsent(e, k -> new TreeSet<>()).add(s.name()));
            }
        }
        return listeners;
    }

    /** Event type → the other services a publisher in {@code service} forwards it to; events nobody else hears left out. */
    static Map<String, Set<String>> forwards(String service, Map<String, Set<String>> listeners) {
        Map<String, Set<String>> forwards = new TreeMap<>();
        listeners.forEach((event, services) -> {
            Set<String> others = new TreeSet<>(services);
            others.remove(service);
            if (!others.isEmpty()) {
                forwards.put(event, others);
            }
        });
        return forwards;
    }
}
