package dev.cleave.splitter.synthetic;

/**
 * What {@link SyntheticMonolith} generates.
 *
 * @param classes        classes in total, shared layer included; 20 to 2,000,000
 * @param noise          share of the edges between classes of services that cross planted services, 0..1
 * @param seed           random seed: the same spec gives the same graph and plan
 * @param services       planted services; 0 = chosen from the size (about √classes / 1.5, services of 8 classes
 *                       at least)
 * @param edgesPerClass  mean out-degree before duplicate edges merge (so the graph has somewhat fewer edges)
 * @param sharedShare    share of classes in the shared utility layer, 0..0.5
 */
public record SyntheticSpec(int classes, double noise, long seed, int services, double edgesPerClass,
                           double sharedShare) {
    /** Classes at most: vertex ranks must fit in 21 bits for the edge packing. */
    public static final int MAX_CLASSES = 2_000_000;

    public SyntheticSpec {
        if (classes < 20 || classes > MAX_CLASSES) {
            throw new IllegalArgumentException("classes must be 20.." + MAX_CLASSES + ": " + classes);
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("noise must be 0..1: " + noise);
        }
        if (!(edgesPerClass > 0 && edgesPerClass <= 200)) {
            throw new IllegalArgumentException("edgesPerClass must be in (0, 200]: " + edgesPerClass);
        }
        if (!(sharedShare >= 0 && sharedShare <= 0.5)) {
            throw new IllegalArgumentException("sharedShare must be 0..0.5: " + sharedShare);
        }
        int most = (int) Math.floor(classes * (1 - sharedShare)) / 8;
        if (services < 0 || services > Math.max(1, most)) {
            throw new IllegalArgumentException("services must be 0 (automatic) or 1.." + Math.max(1, most)
                    + " for " + classes + " classes (8 classes per service at least): " + services);
        }
    }

    /** A spec with automatic service count, 10 edges per class and 5 % shared classes. */
    public static SyntheticSpec of(int classes, double noise, long seed) {
        return new SyntheticSpec(classes, noise, seed, 0, 10, 0.05);
    }

    public SyntheticSpec withServices(int count) {
        return new SyntheticSpec(classes, noise, seed, count, edgesPerClass, sharedShare);
    }
}
