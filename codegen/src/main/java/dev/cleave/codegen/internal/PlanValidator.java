package dev.cleave.codegen.internal;

import dev.cleave.codegen.GenerationException;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import dev.cleave.model.Wiring;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Rejects a plan the generator cannot honour, naming every offending class and the fix. */
public final class PlanValidator {
    private PlanValidator() {
    }

    public static void check(Plan plan, Set<String> sourceTypes) {
        if (plan.services().isEmpty()) {
            throw new GenerationException("the plan has no services; add at least one service to plan.json");
        }
        for (Service s : plan.services()) {
            String reserved = Service.reservedNameProblem(s.name());
            if (reserved != null) {
                throw new GenerationException("the plan's " + reserved + " (rename it in plan.json)");
            }
        }
        Set<String> missing = new TreeSet<>();
        plan.places().forEach((c, place) -> {
            if (!place.equals(Plan.UNASSIGNED) && !sourceTypes.contains(c)) {
                missing.add(c);
            }
        });
        if (!missing.isEmpty()) {
            throw new GenerationException("the plan names " + missing.size() + " classes that are not top-level types"
                    + " of the monolith's sources: " + first(missing) + "; re-run the split on the current sources or"
                    + " remove them from the plan");
        }
        Set<String> overlaps = new TreeSet<>();
        plan.classesInSeveralPlaces().forEach((c, places) -> {
            List<String> where = places.stream().filter(p -> !p.equals(Plan.UNASSIGNED))
                    .map(p -> p.equals(Plan.SHARED) ? "shared" : "service '" + p + "'").toList();
            if (where.size() > 1) {
                overlaps.add(c + " (" + String.join(", ", where) + ")");
            }
        });
        if (!overlaps.isEmpty()) {
            throw new GenerationException("the plan puts " + overlaps.size() + " classes in more than one place: "
                    + first(overlaps) + "; keep each class in exactly one service or in 'shared'");
        }
        checkSwitches(plan);
    }

    /**
     * The wiring's local/remote switches must name a class of the wiring's target service, and the calling service
     * must exist: a switch about nothing is a typo in a hand-edited plan.
     */
    private static void checkSwitches(Plan plan) {
        Set<String> wrong = new TreeSet<>();
        for (Wiring w : plan.wiring()) {
            if (w.access().isEmpty()) {
                continue;
            }
            Service to = plan.service(w.to());
            if (plan.service(w.from()) == null || to == null) {
                wrong.add(w.from() + " -> " + w.to() + " (no such service)");
                continue;
            }
            w.access().keySet().stream().filter(c -> !to.classes().contains(c))
                    .forEach(c -> wrong.add(c + " (wiring " + w.from() + " -> " + w.to() + ", not a class of '"
                            + w.to() + "')"));
        }
        if (!wrong.isEmpty()) {
            throw new GenerationException("the plan's wiring switches " + wrong.size() + " classes between local and"
                    + " remote that it cannot: " + first(wrong) + "; remove those entries from 'access' in the"
                    + " plan's wiring, or split again so the wiring is recomputed");
        }
    }

    private static String first(Set<String> items) {
        List<String> list = List.copyOf(items);
        return String.join(", ", list.subList(0, Math.min(10, list.size()))) + (list.size() > 10 ? ", ..." : "");
    }
}
