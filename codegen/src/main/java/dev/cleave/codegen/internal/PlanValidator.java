package dev.cleave.codegen.internal;

import dev.cleave.codegen.GenerationException;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Rejects a plan the generator cannot honour, naming every offending class and the fix. */
public final class PlanValidator {
    private PlanValidator() {
    }

    public static void check(Plan plan, Set<String> sourceTypes) {
        if (plan.services().isEmpty()) {
            throw new GenerationException("the plan has no services; add at least one service to plan.json");
        }
        Map<String, List<String>> homes = new TreeMap<>();
        for (Service s : plan.services()) {
            s.classes().forEach(c -> homes.computeIfAbsent(c, k -> new java.util.ArrayList<>()).add("service '" + s.name() + "'"));
        }
        plan.shared().forEach(c -> homes.computeIfAbsent(c, k -> new java.util.ArrayList<>()).add("shared"));
        Set<String> missing = new TreeSet<>(homes.keySet());
        missing.removeAll(sourceTypes);
        if (!missing.isEmpty()) {
            throw new GenerationException("the plan names " + missing.size() + " classes that are not top-level types"
                    + " of the monolith's sources: " + first(missing) + "; re-run the split on the current sources or"
                    + " remove them from the plan");
        }
        Set<String> overlaps = new TreeSet<>();
        homes.forEach((c, where) -> {
            if (where.size() > 1) {
                overlaps.add(c + " (" + String.join(", ", where) + ")");
            }
        });
        if (!overlaps.isEmpty()) {
            throw new GenerationException("the plan puts " + overlaps.size() + " classes in more than one place: "
                    + first(overlaps) + "; keep each class in exactly one service or in 'shared'");
        }
    }

    private static String first(Set<String> items) {
        List<String> list = List.copyOf(items);
        return String.join(", ", list.subList(0, Math.min(10, list.size()))) + (list.size() > 10 ? ", ..." : "");
    }
}
