package com.acme.shop.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Small collection helpers.
 */
public final class CollectionUtils {

    private CollectionUtils() {
    }

    public static boolean isEmpty(Collection<?> c) {
        return c == null || c.isEmpty();
    }

    public static <T> List<T> nullSafe(List<T> list) {
        return list == null ? new ArrayList<>() : list;
    }

    public static <T, R> List<R> map(Collection<T> items, Function<T, R> fn) {
        if (items == null) {
            return new ArrayList<>();
        }
        return items.stream().map(fn).collect(Collectors.toList());
    }

    public static <T> T first(List<T> list) {
        return isEmpty(list) ? null : list.get(0);
    }
}
