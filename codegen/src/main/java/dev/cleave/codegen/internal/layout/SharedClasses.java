package dev.cleave.codegen.internal.layout;

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

    /**
     * The plan made generatable: the application class shared (and in no service), the non-bean classes it needs
     * shared with it, every bean the plan places nowhere given a service, and the shared classes that use service
     * classes moved out of {@code shared} as described above.
     */
    public static Plan settle(Facts facts, Plan plan, List<String> warnings) {
        return leaveLibrary(facts, homeless(facts, withApplication(facts, plan, warnings), warnings), warnings);
    }

    /**
     * The application class runs in every service, so it lives in the shared library with what it names (a
     * {@code RuntimeHintsRegistrar} in {@code @ImportRuntimeHints}, a configuration in {@code @Import}, properties in
     * {@code @EnableConfigurationProperties}) and the non-bean classes those need, taken out of the services the plan
     * put them in. A named bean that uses a service's classes leaves the library again ({@link #leaveLibrary}), and
     * the generator then says what to change; unless the application's own scan finds it anyway
     * ({@link Facts#scannedImports}): then the application class leaves it out of its {@code @Import} and it stays in
     * the service the plan gives it.
     */
    static Plan withApplication(Facts facts, Plan plan, List<String> warnings) {
        Set<String> needed = new TreeSet<>();
        java.util.Deque<String> work = new java.util.ArrayDeque<>();
        facts.monolith().types().keySet().stream().filter(t -> facts.role(t) == Role.APPLICATION).forEach(t -> {
            needed.add(t);
            facts.references(t).stream().filter(r -> !facts.scannedImports(t).contains(r)
                    || facts.references(r).stream().noneMatch(u -> plan.serviceOf(u) != null && !needed.contains(u)))
                    .forEach(work::add);
        });
        while (!work.isEmpty()) {
            String type = work.pop();
            if (needed.add(type)) {
                facts.references(type).stream().filter(r -> !facts.role(r).isBean() && !needed.contains(r))
                        .forEach(work::push);
            }
        }
        Set<String> shared = new TreeSet<>(plan.shared());
        List<Service> services = new ArrayList<>();
        for (Service s : plan.services()) {
            List<String> kept = new ArrayList<>();
            for (String c : s.classes()) {
                if (needed.contains(c)) {
                    warnings.add(facts.role(c) == Role.APPLICATION
                            ? "the application class " + c + " runs in every service; it is in the shared library,"
                            + " not in service '" + s.name() + "'"
                            : "class " + c + " is used by the application class, which every service runs; it is in"
                            + " the shared library, not in service '" + s.name() + "'");
                } else {
                    kept.add(c);
                }
            }
            services.add(s.withClasses(kept));
        }
        shared.addAll(needed);
        return plan.withServices(services).withShared(List.copyOf(shared));
    }

    /**
     * Beans the plan places nowhere (a welcome page's controller, an error controller, a configuration class no
     * class uses) would be generated nowhere and their routes would vanish: each goes to the service whose classes
     * it uses most, or, when it uses none, to the service with the most classes (the first by name on a tie).
     */
    static Plan homeless(Facts facts, Plan plan, List<String> warnings) {
        Set<String> placed = new TreeSet<>(plan.shared());
        plan.services().forEach(s -> placed.addAll(s.classes()));
        Map<String, List<String>> classes = new TreeMap<>();
        plan.services().forEach(s -> classes.put(s.name(), new ArrayList<>(s.classes())));
        boolean moved = false;
        for (String type : facts.monolith().types().keySet()) {
            if (placed.contains(type) || !facts.role(type).isBean()) {
                continue;
            }
            String home = reachedOwner(facts, plan, type, Set.copyOf(plan.shared()));
            String why = home != null ? "the service whose classes it uses most" : "the largest service";
            if (home == null) {
                home = largest(plan);
            }
            classes.get(home).add(type);
            moved = true;
            warnings.add("class " + type + " is in no service of the plan; it is a bean, so it runs in service '"
                    + home + "', " + why);
        }
        if (!moved) {
            return plan;
        }
        return plan.withServices(plan.services().stream().map(s -> s.withClasses(classes.get(s.name()))).toList());
    }

    private static String largest(Plan plan) {
        Service best = null;
        for (Service s : plan.services()) {
            if (best == null || s.classes().size() > best.classes().size()
                    || s.classes().size() == best.classes().size() && s.name().compareTo(best.name()) < 0) {
                best = s;
            }
        }
        return best.name();
    }

    private static Plan leaveLibrary(Facts facts, Plan plan, List<String> warnings) {
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
                        + " once, in service '" + home + "', " + (reachedOwner(facts, plan, type, shared) != null
                        ? "the service whose classes it uses most" : "the largest service (it uses no class of a"
                        + " service)"));
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
        String best = reachedOwner(facts, plan, bean, shared);
        return best != null ? best : largest(plan);
    }

    /** The service owning most of the classes {@code bean} reaches (see {@link #home}); null when it reaches none. */
    private static String reachedOwner(Facts facts, Plan plan, String bean, Set<String> shared) {
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
            } else if (!facts.role(type).isBean()) {
                work.addAll(uses(facts, type, shared));
            }
        }
        String best = null;
        for (Map.Entry<String, Set<String>> e : reached.entrySet()) {
            if (best == null || e.getValue().size() > reached.get(best).size()) {
                best = e.getKey();
            }
        }
        return best;
    }
}
