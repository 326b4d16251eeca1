package dev.cleave.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * An HTTP entry point served by a type.
 *
 * @param method  HTTP method in upper case, or {@code *} when any method is accepted
 * @param path    the URL path pattern as declared, class-level prefix included (for example {@code /api/orders/{id}})
 * @param handler the Java method that handles it ({@code service}/{@code doGet} for servlets)
 */
public record EntryPoint(String method, String path, String handler) implements Comparable<EntryPoint> {
    private static final Comparator<EntryPoint> ORDER = Comparator.comparing(EntryPoint::path)
            .thenComparing(EntryPoint::method).thenComparing(EntryPoint::handler);

    public EntryPoint {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
    }

    @Override
    public int compareTo(EntryPoint o) {
        return ORDER.compare(this, o);
    }
}
