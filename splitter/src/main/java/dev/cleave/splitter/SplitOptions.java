package dev.cleave.splitter;

import dev.cleave.model.Constraints;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How {@link Splitter} splits a graph.
 *
 * @param seed        seed of the clustering's random choices; equal seeds give byte-identical plans
 * @param services    number of services wanted; 0 = chosen automatically (or {@code constraints.services()})
 * @param minServices with automatic choice, the fewest services to propose; 0 = no lower bound
 * @param maxServices with automatic choice, the most services to propose; 0 = no upper bound
 * @param resolution  modularity resolution γ of the clustering (&gt; 0; higher gives smaller services)
 * @param edgeWeights weight of each edge kind in the clustering; kinds not listed weigh 0. Recorded in the plan's
 *                    algorithm parameters as {@code weight.<kind>}
 * @param constraints the user's decisions: pins, keep-together, keep-apart; kept in the plan
 * @param minServiceClasses with an automatic number of services, the fewest classes a service may have (smaller
 *                          clusters, and those made only of entry points, merge into the one they are most tied
 *                          to); 0 with {@code minServiceLines} 0 = no minimum. Recorded in the plan's algorithm
 *                          parameters
 * @param minServiceLines   with an automatic number of services, the fewest lines of code a service may have; 0 =
 *                          no minimum. Recorded in the plan's algorithm parameters
 * @param previous    the plan this split replaces, or null: its services lend their names to the new clusters
 *                    they overlap most, so that a re-split keeps the names a user knows (and gave)
 */
public record SplitOptions(long seed, int services, int minServices, int maxServices, double resolution,
                           Map<EdgeKind, Double> edgeWeights, Constraints constraints, int minServiceClasses,
                           int minServiceLines, Plan previous) {
    /** Seed of {@link #defaults()}. */
    public static final long DEFAULT_SEED = 42;
    /** {@link #DEFAULT_SEED} as text, for annotations that need a constant string (picocli, Maven parameters). */
    public static final String DEFAULT_SEED_TEXT = "42";
    /** Resolution of {@link #defaults()}: plain modularity. */
    public static final double DEFAULT_RESOLUTION = 1.0;
    /** {@link #DEFAULT_RESOLUTION} as text, for annotations that need a constant string. */
    public static final String DEFAULT_RESOLUTION_TEXT = "1.0";
    /** {@link #services()}, {@link #minServices()} and {@link #maxServices()} of {@link #defaults()}: automatic. */
    public static final int AUTOMATIC = 0;
    /** {@link #AUTOMATIC} as text, for annotations that need a constant string. */
    public static final String AUTOMATIC_TEXT = "0";

    /**
     * Fewest classes of a proposed service by default: the smallest services of the samples' reference plans and
     * of published decompositions have 5 (see docs/metrics.md).
     */
    public static final int DEFAULT_MIN_SERVICE_CLASSES = 5;
    /** Fewest lines of a proposed service by default: the smallest reference service has 116 (docs/metrics.md). */
    public static final int DEFAULT_MIN_SERVICE_LINES = 100;

    /**
     * Calls, instantiations, field and table links bind classes most; supertypes bind an implementation to its
     * interface; other type mentions and co-change are weaker evidence; annotations say nothing about capabilities.
     */
    public static final Map<EdgeKind, Double> DEFAULT_EDGE_WEIGHTS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            EdgeKind.CALL, 1.0, EdgeKind.NEW, 1.0, EdgeKind.FIELD, 1.0, EdgeKind.EXTENDS, 1.0,
            EdgeKind.IMPLEMENTS, 2.0, EdgeKind.TYPE_USE, 0.5, EdgeKind.ANNOTATION, 0.0, EdgeKind.TABLE, 2.0,
            EdgeKind.CO_CHANGE, 0.5)));

    /**
     * @throws SplitException when a count is negative, the range is inverted or the resolution or a weight is not
     *                        a finite non-negative number
     */
    public SplitOptions {
        edgeWeights = edgeWeights == null ? DEFAULT_EDGE_WEIGHTS
                : Collections.unmodifiableMap(edgeWeights.isEmpty() ? new EnumMap<>(EdgeKind.class)
                : new EnumMap<>(edgeWeights));
        constraints = constraints == null ? Constraints.NONE : constraints;
        if (services < 0) {
            throw new SplitException("services = " + services + ": ask for 1 or more services, or 0 to choose"
                    + " automatically.");
        }
        if (minServices < 0 || maxServices < 0 || (maxServices > 0 && minServices > maxServices)) {
            throw new SplitException("service range " + minServices + ".." + maxServices + " is not a range: give"
                    + " 0 <= minServices <= maxServices (0 = no bound).");
        }
        if (minServiceClasses < 0 || minServiceLines < 0) {
            throw new SplitException("minimum service size " + minServiceClasses + " classes, " + minServiceLines
                    + " lines: use numbers >= 0 (0 = no minimum).");
        }
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new SplitException("resolution = " + resolution + ": use a positive number (" + DEFAULT_RESOLUTION
                    + " is the default;"
                    + " higher gives smaller services).");
        }
        edgeWeights.forEach((kind, w) -> {
            if (w == null || !(w >= 0) || Double.isInfinite(w)) {
                throw new SplitException("edge weight of '" + kind + "' = " + w + ": use a number >= 0.");
            }
        });
    }

    /**
     * Seed {@link #DEFAULT_SEED} (42), an {@link #AUTOMATIC} number of services, resolution
     * {@link #DEFAULT_RESOLUTION} (1.0), {@link #DEFAULT_EDGE_WEIGHTS}, no constraints, services of at least
     * {@link #DEFAULT_MIN_SERVICE_CLASSES} classes and {@link #DEFAULT_MIN_SERVICE_LINES} lines, no previous plan.
     */
    public static SplitOptions defaults() {
        return new SplitOptions(DEFAULT_SEED, AUTOMATIC, AUTOMATIC, AUTOMATIC, DEFAULT_RESOLUTION, DEFAULT_EDGE_WEIGHTS,
                Constraints.NONE, DEFAULT_MIN_SERVICE_CLASSES, DEFAULT_MIN_SERVICE_LINES, null);
    }

    public SplitOptions withSeed(long newSeed) {
        return new SplitOptions(newSeed, services, minServices, maxServices, resolution, edgeWeights, constraints,
                minServiceClasses, minServiceLines, previous);
    }

    public SplitOptions withServices(int count) {
        return new SplitOptions(seed, count, minServices, maxServices, resolution, edgeWeights, constraints,
                minServiceClasses, minServiceLines, previous);
    }

    /** Automatic choice bounded to {@code min..max} services (0 = no bound). */
    public SplitOptions withServiceRange(int min, int max) {
        return new SplitOptions(seed, services, min, max, resolution, edgeWeights, constraints,
                minServiceClasses, minServiceLines, previous);
    }

    public SplitOptions withResolution(double newResolution) {
        return new SplitOptions(seed, services, minServices, maxServices, newResolution, edgeWeights, constraints,
                minServiceClasses, minServiceLines, previous);
    }

    public SplitOptions withEdgeWeights(Map<EdgeKind, Double> weights) {
        return new SplitOptions(seed, services, minServices, maxServices, resolution, weights, constraints,
                minServiceClasses, minServiceLines, previous);
    }

    public SplitOptions withConstraints(Constraints newConstraints) {
        return new SplitOptions(seed, services, minServices, maxServices, resolution, edgeWeights, newConstraints,
                minServiceClasses, minServiceLines, previous);
    }

    /**
     * The smallest service an automatic split proposes: a cluster with fewer classes or lines, or only entry points,
     * merges into the one it is most tied to. {@code (0, 0)} turns the rule off (clusters of fewer than 3 classes
     * or without an entity or entry point still merge, as they always did).
     */
    public SplitOptions withMinServiceSize(int classes, int lines) {
        return new SplitOptions(seed, services, minServices, maxServices, resolution, edgeWeights, constraints,
                classes, lines, previous);
    }

    /**
     * Splits again in place of {@code plan}: each new cluster takes the name of the previous service it shares most
     * classes with (names the user gave included), and a cluster that matches none gets a fresh name. Use with
     * {@link #withConstraints} of the same plan to keep its pins and groups too. Null forgets the previous plan.
     */
    public SplitOptions withPrevious(Plan plan) {
        return new SplitOptions(seed, services, minServices, maxServices, resolution, edgeWeights, constraints,
                minServiceClasses, minServiceLines, plan);
    }

    /** The number of services asked for: {@link #services()}, else the constraints' number, else 0 (automatic). */
    public int fixedServices() {
        return services > 0 ? services : constraints.services();
    }
}
