package dev.cleave.splitter.cluster;

import dev.cleave.splitter.internal.cluster.Leiden;
import dev.cleave.splitter.internal.cluster.Partitions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leiden on 100,000 vertices and 1,000,000 edges recovers a clear planted partition. How fast it does so is measured
 * by the benchmark in {@code bench/} (docs/benchmarks.md), never asserted here.
 */
class LeidenScaleTest {

    @Test
    void clusters100kVerticesAndAMillionEdges() {
        LeidenTest.Planted p = LeidenTest.Planted.of(100_000, 1_000, 17, 5, 3);
        int[] c = new Leiden(1.0, 42).cluster(p.graph());
        assertThat(Partitions.count(c)).isBetween(2, 100_000);
        assertThat(Partitions.modularity(p.graph(), c, 1.0))
                .isGreaterThanOrEqualTo(Partitions.modularity(p.graph(), p.truth(), 1.0) - 1e-9);
    }
}
