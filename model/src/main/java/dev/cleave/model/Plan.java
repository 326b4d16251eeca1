package dev.cleave.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * A proposed decomposition: the contract written to {@code plan.json}. Everything a user changes in the wizard
 * is a change to a plan; the CI gate checks code against it. A reference decomposition ({@code expected.json})
 * is a plan with only {@code services} and {@code shared} filled in.
 *
 * @param schemaVersion    version of this format; readers reject other versions
 * @param graphFingerprint fingerprint of the graph the plan was made from ("" when unknown)
 * @param algorithm        how the plan was made (null fields allowed in a hand-written plan)
 * @param metrics          scores of the plan when it was written; may be null in a hand-written plan
 * @param services         the services, sorted by name
 * @param shared           classes proposed as a shared library, sorted
 * @param unassigned       classes deliberately in no service (dead code reported, not guessed), sorted
 * @param wiring           how each pair of dependent services talks, sorted
 * @param constraints      user decisions kept across re-splits
 */
public record Plan(int schemaVersion, String graphFingerprint, Algorithm algorithm, PlanMetrics metrics,
                   List<Service> services, List<String> shared, List<String> unassigned, List<Wiring> wiring,
                   Constraints constraints) {

    /** The version written by this build. */
    public static final int SCHEMA_VERSION = 1;
    /** The place of shared-library classes in {@link #placeOf} and {@link #places}; never a service name. */
    public static final String SHARED = "(shared)";
    /** The place of classes deliberately in no service in {@link #placeOf} and {@link #places}. */
    public static final String UNASSIGNED = "(unassigned)";

    public Plan {
        graphFingerprint = graphFingerprint == null ? "" : graphFingerprint;
        services = services == null ? List.of()
                : services.stream().sorted(Comparator.comparing(Service::name)).toList();
        shared = Lists.sorted(shared);
        unassigned = Lists.sorted(unassigned);
        wiring = wiring == null ? List.of() : wiring.stream().sorted().toList();
        constraints = constraints == null ? Constraints.NONE : constraints;
    }

    /** A plan of the current schema version with only services and shared classes. */
    public static Plan of(List<Service> services, List<String> shared) {
        return new Plan(SCHEMA_VERSION, "", null, null, services, shared, List.of(), List.of(), Constraints.NONE);
    }

    /** The service that holds the class, or null when it is shared, unassigned or unknown. */
    public Service serviceOf(String className) {
        Objects.requireNonNull(className, "className");
        for (Service service : services) {
            if (service.classes().contains(className)) {
                return service;
            }
        }
        return null;
    }

    /**
     * Where the plan puts the class: its service's name, {@link #SHARED} or {@link #UNASSIGNED}; empty when the plan
     * does not list it. A class listed in several places gets the first (services by name, shared, unassigned).
     * O(classes of the plan): to look up many classes, use {@link #places()} once.
     */
    public Optional<String> placeOf(String className) {
        Objects.requireNonNull(className, "className");
        return Optional.ofNullable(places().get(className));
    }

    /**
     * Every class the plan lists → its place as {@link #placeOf} gives it; sorted by class, unmodifiable, built
     * afresh on each call.
     */
    public Map<String, String> places() {
        Map<String, String> places = new TreeMap<>();
        forEachPlacement(places::putIfAbsent);
        return Collections.unmodifiableMap(places);
    }

    /**
     * The classes the plan lists more than once → all their places in listing order (services by name, shared,
     * unassigned); sorted by class and empty for a valid plan ({@link PlanJson} rejects the others on read).
     */
    public Map<String, List<String>> classesInSeveralPlaces() {
        Map<String, List<String>> all = new TreeMap<>();
        forEachPlacement((c, place) -> all.computeIfAbsent(c, k -> new ArrayList<>(1)).add(place));
        all.values().removeIf(places -> places.size() < 2);
        all.replaceAll((c, places) -> List.copyOf(places));
        return Collections.unmodifiableMap(all);
    }

    /** Whether a place of {@link #placeOf} is a service name (not null, {@link #SHARED} or {@link #UNASSIGNED}). */
    public static boolean isService(String place) {
        return place != null && !place.equals(SHARED) && !place.equals(UNASSIGNED);
    }

    private void forEachPlacement(BiConsumer<String, String> action) {
        services.forEach(s -> s.classes().forEach(c -> action.accept(c, s.name())));
        shared.forEach(c -> action.accept(c, SHARED));
        unassigned.forEach(c -> action.accept(c, UNASSIGNED));
    }

    public Service service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    public Plan withServices(List<Service> newServices) {
        return new Plan(schemaVersion, graphFingerprint, algorithm, metrics, newServices, shared, unassigned, wiring,
                constraints);
    }

    public Plan withShared(List<String> newShared) {
        return new Plan(schemaVersion, graphFingerprint, algorithm, metrics, services, newShared, unassigned, wiring,
                constraints);
    }

    public Plan withMetrics(PlanMetrics newMetrics) {
        return new Plan(schemaVersion, graphFingerprint, algorithm, newMetrics, services, shared, unassigned, wiring,
                constraints);
    }

    public Plan withWiring(List<Wiring> newWiring) {
        return new Plan(schemaVersion, graphFingerprint, algorithm, metrics, services, shared, unassigned, newWiring,
                constraints);
    }

    public Plan withConstraints(Constraints newConstraints) {
        return new Plan(schemaVersion, graphFingerprint, algorithm, metrics, services, shared, unassigned, wiring,
                newConstraints);
    }
}
