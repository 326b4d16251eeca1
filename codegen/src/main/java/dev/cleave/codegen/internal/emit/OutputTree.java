package dev.cleave.codegen.internal.emit;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** The generated files in memory: relative path ('/' separators) → bytes, sorted by path. */
public final class OutputTree {
    private final SortedMap<String, byte[]> files = new TreeMap<>();

    public void text(String path, String content) {
        put(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public void put(String path, byte[] content) {
        if (files.putIfAbsent(path, content) != null) {
            throw new IllegalStateException("generated twice: " + path);
        }
    }

    public SortedMap<String, byte[]> files() {
        return Collections.unmodifiableSortedMap(files);
    }
}
