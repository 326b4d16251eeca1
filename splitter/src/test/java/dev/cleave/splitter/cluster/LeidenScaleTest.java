package dev.cleave.splitter.cluster;

import dev.cleave.splitter.internal.cluster.Leiden;
import dev.cleave.splitter.internal.cluster.Partitions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Leiden on 100,000 vertices and 1,000,000 edges: fast, and recovers a clear planted partition. */
class LeidenScaleTest {

    @Test
    void clusters100kVerticesAndAMillionEdgesInSeconds() {
        LeidenTest.Planted p = LeidenTest.Planted.of(100_000, 1_000, 17, 5, 3);
        long start = System.nanoTime();
        int[] c = new Leiden(1.0, 42).cluster(p.graph());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Leiden: 100k vertices, %d edges: %.2f s, %d communities%n",
                p.graph().neighbors().length / 2, seconds, Partitions.count(c));
        assertThat(seconds).isLessThan(5.0);
        assertThat(Partitions.modularity(p.graph(), c, 1.0))
                .isGreaterThanOrEqualTo(Partitions.modularity(p.graph(), p.truth(), 1.0) - 1e-9);
    }
}
