package dev.cleave.codegen.internal.layout;

import dev.cleave.codegen.GenerationException;
import dev.cleave.codegen.internal.source.Facts;
import dev.cleave.codegen.internal.source.Role;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps the shared library self-contained. Every service depends on it and it depends on no service, so a class the
 * plan shares but which uses a class of a service (directly, or through another such class) cannot be compiled
 * there. Such a class leaves the library:
 * <ul>
 *   <li>a bean (a listener, a component...) goes to the one service whose classes it uses most (ties: the first
 *       service by name), since the monolith ran one instance of it: a copy in every service would run it once
 *       per service (a listener would react to an event as many times). Its calls to other services become
 *       remote like any other;</li>
 *   <li>any other class (an exception, a DTO, an event...) is copied into each service that uses it, as the value
 *       types of other services are.</li>
 * </ul>
 * Each move is reported as a warning.
 */
public final class SharedClasses {
    private SharedClasses() {
    }

    /** The plan with the shared classes that use service classes moved out of {@code shared} as described above. */
    public static Plan settle(Facts facts, Plan plan, List<String> warnings) {
        Set<String> shared = new TreeSet<>(plan.shared());
        Set<String> moved = new TreeSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String type : List.copyOf(shared)) {
                if (facts.role(type) != Role.APPLICATION && !uses(facts, type, shared).isEmpty()) {
                    shared.remove(type);
                    moved.add(type);
                    changed = true;
                }
            }
        }
        if (moved.isEmpty()) {
            return plan;
        }
        Map<String, List<String>> classes = new TreeMap<>();
        plan.services().forEach(s -> classes.put(s.name(), new ArrayList<>(s.classes())));
        for (String type : moved) {
            Set<String> used = uses(facts, type, shared);
            if (facts.role(type) == Role.BEAN) {
                String home = home(facts, plan, type, shared);
                classes.get(home).add(type);
                warnings.add("shared class " + type + " uses " + String.join(", ", used) + "; it is a bean, so it runs"
                        + " once, in service '" + home + "', the service whose classes it uses most");
            } else {
                warnings.add("shared class " + type + " uses " + String.join(", ", used) + "; it is not in the shared"
                        + " library, every service that uses it gets a copy");
            }
        }
        List<Service> services = plan.services().stream().map(s -> s.withClasses(classes.get(s.name()))).toList();
        return plan.withServices(services).withShared(List.copyOf(shared));
    }

    /** The types {@code type} references that are neither in {@code shared} nor the application class, sorted. */
    private static Set<String> uses(Facts facts, String type, Set<String> shared) {
        Set<String> used = new TreeSet<>();
        for (String ref : facts.references(type)) {
            if (!shared.contains(ref) && facts.role(ref) != Role.APPLICATION) {
                used.add(ref);
            }
        }
        return used;
    }

    /**
     * The service owning most of the classes {@code bean} uses, directly or through classes of no service that are
     * not beans (other shared classes that left the library); the first by name on a tie.
     */
    private static String home(Facts facts, Plan plan, String bean, Set<String> shared) {
        Map<String, Set<String>> reached = new TreeMap<>();
        Set<String> seen = new TreeSet<>(Set.of(bean));
        java.util.Deque<String> work = new java.util.ArrayDeque<>(uses(facts, bean, shared));
        while (!work.isEmpty()) {
            String type = work.pop();
            if (!seen.add(type)) {
                continue;
            }
            Service owner = plan.serviceOf(type);
            if (owner != null) {
                reached.computeIfAbsent(owner.name(), k -> new TreeSet<>()).add(type);
            } else if (facts.role(type) != Role.BEAN) {
                work.addAll(uses(facts, type, shared));
            }
        }
        String best = null;
        for (Map.Entry<String, Set<String>> e : reached.entrySet()) {
            if (best == null || e.getValue().size() > reached.get(best).size()) {
                best = e.getKey();
            }
        }
        if (best == null) {
            throw new GenerationException("shared class " + bean + " uses " + String.join(", ",
                    uses(facts, bean, shared)) + ", which the plan puts in no service; add them to 'shared' in the"
                    + " plan or move " + bean + " into a service");
        }
        return best;
    }
}
