package dev.cleave.bench.split;

import java.util.Arrays;
import java.util.Locale;

/** Times in nanoseconds and their order statistics (nearest-rank percentiles). */
public final class Samples {
    private final long[] sorted;

    public Samples(long[] values) {
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    public static Samples parse(String csv) {
        return new Samples(csv == null || csv.isEmpty() ? new long[0]
                : Arrays.stream(csv.split(",")).mapToLong(Long::parseLong).toArray());
    }

    public static String format(long[] values) {
        StringBuilder sb = new StringBuilder(values.length * 8);
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append(values[i]);
        }
        return sb.toString();
    }

    public static Samples pool(java.util.List<Samples> parts) {
        return new Samples(parts.stream().flatMapToLong(s -> Arrays.stream(s.sorted)).toArray());
    }

    public int size() {
        return sorted.length;
    }

    /** The value at or below which {@code p} percent of the samples lie (nearest rank). */
    public long percentile(double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public long median() {
        return percentile(50);
    }

    public long max() {
        return sorted[sorted.length - 1];
    }

    public long min() {
        return sorted[0];
    }

    /** Nanoseconds as milliseconds with three decimals. */
    public static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }
}
