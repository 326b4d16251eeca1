package dev.cleave.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Consistency rules of a plan that JSON structure alone does not express. */
final class PlanChecks {
    private PlanChecks() {
    }

    /** Each class is in at most one place (one service, shared or unassigned), and service names are unique. */
    static void requireEachClassOnce(Plan plan, String source) {
        Map<String, Integer> names = new HashMap<>();
        for (Service service : plan.services()) {
            if (names.merge(service.name(), 1, Integer::sum) > 1) {
                throw new ModelFormatException(source + ": two services are named '" + service.name()
                        + "': give each service its own name.");
            }
        }
        Map<String, List<String>> duplicates = plan.classesInSeveralPlaces();
        if (!duplicates.isEmpty()) {
            String first = duplicates.keySet().iterator().next();
            List<String> places = duplicates.get(first);
            throw new ModelFormatException(source + ": " + duplicates.size() + " class(es) are listed in more than one"
                    + " place, e.g. " + first + " (" + describe(places.get(0)) + " and "
                    + describe(places.get(places.size() - 1)) + "): keep each class in one place.");
        }
    }

    private static String describe(String place) {
        return Plan.isService(place) ? "service " + place : place.equals(Plan.SHARED) ? "shared" : "unassigned";
    }
}
