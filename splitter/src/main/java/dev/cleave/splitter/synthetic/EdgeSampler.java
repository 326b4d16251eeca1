package dev.cleave.splitter.synthetic;

import dev.cleave.model.EdgeKind;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the dependencies of a {@link Layout}. Each class draws an out-degree around
 * {@code edgesPerClass × role factor}; each dependency picks a target role from the role's links, a target in its
 * own service (or the shared layer), and with probability {@code noise} one in another service instead. Targets
 * are skewed towards the first classes of a block (hubs; the shared layer most). Edges are packed in longs as
 * (from rank, to rank, kind, weight), sorted and merged, so they come out in graph order without a comparator.
 */
final class EdgeSampler {
    private static final int RANK_BITS = 21;
    private static final int WEIGHT_BITS = 17;

    private final Layout layout;
    private final SyntheticSpec spec;
    private final SplittableRandom random;
    private long[] packed = new long[1024];
    private int size;
    /** Repository → entity table accesses, as (repository, entity) generation indexes. */
    private int[] tableAccess = new int[64];
    private int accesses;

    EdgeSampler(Layout layout, SyntheticSpec spec, SplittableRandom random) {
        this.layout = layout;
        this.spec = spec;
        this.random = random;
    }

    EdgeSampler sample() {
        double mean = 0;
        for (int c = 0; c < layout.classes; c++) {
            mean += layout.role[c].outDegree;
        }
        double scale = spec.edgesPerClass() * layout.classes / mean;
        for (int c = 0; c < layout.classes; c++) {
            double expected = scale * layout.role[c].outDegree;
            int degree = (int) Math.floor(expected * (0.5 + random.nextDouble()) + random.nextDouble());
            for (int j = 0; j < degree; j++) {
                draw(c, layout.role[c].links());
            }
        }
        return this;
    }

    private void draw(int from, List<Role.Link> links) {
        double u = random.nextDouble();
        Role.Link link = links.get(links.size() - 1);
        for (Role.Link candidate : links) {
            u -= candidate.p();
            if (u < 0) {
                link = candidate;
                break;
            }
        }
        int s = link.target() == Role.SHARED ? layout.services : layout.service[from];
        if (s != layout.services && layout.services > 1 && random.nextDouble() < spec.noise()) {
            s = (s + 1 + random.nextInt(layout.services - 1)) % layout.services;
        }
        int r = link.target().ordinal();
        if (layout.count[s][r] == 0) {
            r = Role.ENTITY.ordinal();
        }
        if (layout.count[s][r] == 0) {
            return;
        }
        int to = layout.base[s][r] + skewed(layout.count[s][r], link.target() == Role.SHARED ? 3 : 2);
        if (to == from) {
            return;
        }
        int weight = link.kind() == EdgeKind.CALL ? 1 + (int) (-Math.log(1 - random.nextDouble()) * 2) : 1;
        add(layout.rank[from], layout.rank[to], link.kind(), Math.min(weight, 50));
        if (link.kind() == EdgeKind.TABLE) {
            access(from, to);
        }
    }

    /** An index in {@code 0..count-1}, skewed to 0 by {@code power} (hubs). */
    private int skewed(int count, int power) {
        return (int) (count * Math.pow(random.nextDouble(), power));
    }

    private void add(int from, int to, EdgeKind kind, int weight) {
        if (size == packed.length) {
            packed = Arrays.copyOf(packed, size * 2);
        }
        long key = ((long) from << RANK_BITS | to) << 4 | kind.ordinal();
        packed[size++] = key << WEIGHT_BITS | weight;
    }

    private void access(int repository, int entity) {
        if (accesses + 2 > tableAccess.length) {
            tableAccess = Arrays.copyOf(tableAccess, tableAccess.length * 2);
        }
        tableAccess[accesses++] = repository;
        tableAccess[accesses++] = entity;
    }

    /** Sorted, merged edges: each long is (from rank, to rank, kind ordinal, summed weight); see {@link #decode}. */
    long[] edges() {
        long[] sorted = Arrays.copyOf(packed, size);
        Arrays.sort(sorted);
        int out = 0;
        for (int i = 0; i < sorted.length; i++) {
            long key = sorted[i] >>> WEIGHT_BITS;
            long weight = sorted[i] & ((1L << WEIGHT_BITS) - 1);
            if (out > 0 && sorted[out - 1] >>> WEIGHT_BITS == key) {
                long merged = Math.min((sorted[out - 1] & ((1L << WEIGHT_BITS) - 1)) + weight, (1L << WEIGHT_BITS) - 1);
                sorted[out - 1] = key << WEIGHT_BITS | merged;
            } else {
                sorted[out++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, out);
    }

    /** (repository, entity) generation-index pairs of table accesses, in drawing order. */
    int[] tableAccesses() {
        return Arrays.copyOf(tableAccess, accesses);
    }

    /** {from rank, to rank, kind ordinal, weight} of a packed edge. */
    static int[] decode(long edge) {
        long key = edge >>> WEIGHT_BITS;
        return new int[] {(int) (key >>> (4 + RANK_BITS)), (int) (key >>> 4) & ((1 << RANK_BITS) - 1),
            (int) (key & 15), (int) (edge & ((1L << WEIGHT_BITS) - 1))};
    }
}
