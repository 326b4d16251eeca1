package dev.cleave.model;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Consistency rules of a plan that JSON structure alone does not express. */
final class PlanChecks {
    private PlanChecks() {
    }

    /** Each class is in at most one place (one service, shared or unassigned), and service names are unique. */
    static void requireEachClassOnce(Plan plan, String source) {
        Map<String, String> placeOf = new HashMap<>();
        Map<String, String> duplicates = new TreeMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (Service service : plan.services()) {
            if (names.merge(service.name(), 1, Integer::sum) > 1) {
                throw new ModelFormatException(source + ": two services are named '" + service.name()
                        + "': give each service its own name.");
            }
            service.classes().forEach(c -> place(placeOf, duplicates, c, "service " + service.name()));
        }
        plan.shared().forEach(c -> place(placeOf, duplicates, c, "shared"));
        plan.unassigned().forEach(c -> place(placeOf, duplicates, c, "unassigned"));
        if (!duplicates.isEmpty()) {
            String first = duplicates.keySet().iterator().next();
            throw new ModelFormatException(source + ": " + duplicates.size() + " class(es) are listed in more than one"
                    + " place, e.g. " + first + " (" + duplicates.get(first) + "): keep each class in one place.");
        }
    }

    private static void place(Map<String, String> placeOf, Map<String, String> duplicates, String cls, String where) {
        String before = placeOf.putIfAbsent(cls, where);
        if (before != null) {
            duplicates.put(cls, before + " and " + where);
        }
    }
}
