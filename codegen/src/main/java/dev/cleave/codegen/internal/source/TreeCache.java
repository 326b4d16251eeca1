package dev.cleave.codegen.internal.source;

import com.github.javaparser.resolution.cache.Cache;
import com.github.javaparser.resolution.cache.CacheStats;
import com.github.javaparser.symbolsolver.cache.DefaultCacheStats;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cache of the symbol solver that holds what is put in it for as long as it lives. {@link Monolith} hands the
 * solver's {@code JavaParserTypeSolver} one filled with the trees it parsed itself, so that the solver finds the
 * monolith's types in those trees instead of parsing every file a second time and keeping a second tree of it (soft
 * references, which a heap of a few GiB kept to the end of a 270k-line generation). Thread-safe.
 *
 * @param <K> the key: an absolute path for files, a name for types
 * @param <V> what is kept
 */
final class TreeCache<K, V> implements Cache<K, V> {
    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();

    @Override
    public void put(K key, V value) {
        values.put(key, value);
    }

    @Override
    public Optional<V> get(K key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void remove(K key) {
        values.remove(key);
    }

    @Override
    public void removeAll() {
        values.clear();
    }

    @Override
    public boolean contains(K key) {
        return values.containsKey(key);
    }

    @Override
    public long size() {
        return values.size();
    }

    @Override
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public CacheStats stats() {
        return new DefaultCacheStats();
    }
}
