package dev.cleave.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How one service reaches another.
 *
 * @param from       the calling service
 * @param to         the called service
 * @param style      {@code rest} (synchronous HTTP) today; {@code events} later
 * @param operations the operations that cross, as {@code fully.qualified.Type#method} or a whole
 *                   {@code fully.qualified.Type}, sorted
 * @param access     the user's switches, by class of {@code to}: {@link Access#LOCAL} (a copy in {@code from} over
 *                   the shared database) or {@link Access#REMOTE} (an HTTP call); a class not listed takes
 *                   {@link Access#defaultFor}. Sorted by class; omitted from the file when empty
 */
public record Wiring(String from, String to, String style, List<String> operations,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Access> access)
        implements Comparable<Wiring> {
    private static final Comparator<Wiring> ORDER = Comparator.comparing(Wiring::from).thenComparing(Wiring::to);

    public Wiring {
        Objects.requireNonNull(from, "wiring from");
        Objects.requireNonNull(to, "wiring to");
        style = style == null ? "rest" : style;
        operations = Lists.sorted(operations);
        access = access == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(access));
    }

    public Wiring(String from, String to, String style, List<String> operations) {
        this(from, to, style, operations, Map.of());
    }

    /** The classes of {@code to} that the operations name, sorted and distinct. */
    public List<String> targets() {
        return operations.stream().map(Wiring::typeOf).distinct().sorted().toList();
    }

    /** How {@code from} reaches {@code target}: the user's switch, else the default for the graph's node. */
    public Access accessOf(String target, Node node) {
        return access.getOrDefault(target, Access.defaultFor(node));
    }

    /** This wiring with {@code target} switched to {@code mode}, or back to its default when {@code mode} is null. */
    public Wiring withAccess(String target, Access mode) {
        Map<String, Access> switched = new TreeMap<>(access);
        if (mode == null) {
            switched.remove(target);
        } else {
            switched.put(target, mode);
        }
        return new Wiring(from, to, style, operations, switched);
    }

    /**
     * The freshly computed {@code wiring} with the user's switches of {@code before} kept: a switch stays when the
     * same pair of services still depends on the same class; the others are dropped (the edge they were about is
     * gone).
     */
    public static List<Wiring> keepSwitches(List<Wiring> before, List<Wiring> wiring) {
        Map<String, Wiring> old = new TreeMap<>();
        before.stream().filter(w -> !w.access().isEmpty()).forEach(w -> old.put(w.from() + "\n" + w.to(), w));
        if (old.isEmpty()) {
            return wiring;
        }
        return wiring.stream().map(w -> {
            Wiring previous = old.get(w.from() + "\n" + w.to());
            if (previous == null) {
                return w;
            }
            Map<String, Access> kept = new TreeMap<>(previous.access());
            kept.keySet().retainAll(w.targets());
            return new Wiring(w.from(), w.to(), w.style(), w.operations(), kept);
        }).toList();
    }

    /** The class an operation belongs to: {@code a.B#m(int)} and {@code a.B} both give {@code a.B}. */
    public static String typeOf(String operation) {
        int hash = operation.indexOf('#');
        return hash < 0 ? operation : operation.substring(0, hash);
    }

    @Override
    public int compareTo(Wiring o) {
        return ORDER.compare(this, o);
    }
}
