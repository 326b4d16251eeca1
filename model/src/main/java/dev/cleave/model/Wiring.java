package dev.cleave.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How one service reaches another.
 *
 * @param from       the calling service
 * @param to         the called service
 * @param style      {@code rest} (synchronous HTTP) today; {@code events} later
 * @param operations the operations that cross, as {@code fully.qualified.Type#method}, sorted
 */
public record Wiring(String from, String to, String style, List<String> operations) implements Comparable<Wiring> {
    private static final Comparator<Wiring> ORDER = Comparator.comparing(Wiring::from).thenComparing(Wiring::to);

    public Wiring {
        Objects.requireNonNull(from, "wiring from");
        Objects.requireNonNull(to, "wiring to");
        style = style == null ? "rest" : style;
        operations = Lists.sorted(operations);
    }

    @Override
    public int compareTo(Wiring o) {
        return ORDER.compare(this, o);
    }
}
