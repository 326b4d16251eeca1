package dev.cleave.model;

import java.util.List;

/** Null-tolerant copies for records read from hand-written files. */
final class Lists {
    private Lists() {
    }

    static List<String> sorted(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().sorted().toList();
    }

    static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
