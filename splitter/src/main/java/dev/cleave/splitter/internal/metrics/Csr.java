package dev.cleave.splitter.internal.metrics;

import java.util.Arrays;

/**
 * Compressed rows of int lists: row {@code v} is {@code values[offsets[v] .. offsets[v+1])}.
 */
record Csr(int[] offsets, int[] values) {
    /** Rows of {@code n} vertices from pairs (owner[i], value[i]), in pair order; negative owners are skipped. */
    static Csr of(int n, int[] owner, int[] value) {
        int[] offsets = new int[n + 1];
        for (int o : owner) {
            if (o >= 0) {
                offsets[o + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            offsets[v + 1] += offsets[v];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        int[] values = new int[offsets[n]];
        for (int i = 0; i < owner.length; i++) {
            if (owner[i] >= 0) {
                values[fill[owner[i]]++] = value[i];
            }
        }
        return new Csr(offsets, values);
    }
}
