package dev.cleave.splitter.internal.domain;

import dev.cleave.model.Node;

import java.util.List;

/**
 * What the name rules read of each class, computed once per graph since they read it many times: whether the class
 * is an entity, an entry point ({@link Roles}), the words of its simple name ({@link Stems#words}) and the stem it
 * is known by as an anchor ({@link StemLinks#anchorStem}; empty for other classes) with that stem's words joined by
 * spaces, the key that orders stems. Lists are shared: read only. O(V × name length).
 */
public final class Anchors {
    private final boolean[] entity;
    private final boolean[] entryPoint;
    private final List<List<String>> words;
    private final List<List<String>> stems;
    private final String[] keys;

    private Anchors(boolean[] entity, boolean[] entryPoint, List<List<String>> words, List<List<String>> stems,
                    String[] keys) {
        this.entity = entity;
        this.entryPoint = entryPoint;
        this.words = words;
        this.stems = stems;
        this.keys = keys;
    }

    /** @param nodes the graph's nodes in vertex order */
    public static Anchors of(List<Node> nodes) {
        int n = nodes.size();
        boolean[] entity = new boolean[n];
        boolean[] entryPoint = new boolean[n];
        List<String>[] words = newLists(n);
        List<String>[] stems = newLists(n);
        String[] keys = new String[n];
        for (int v = 0; v < n; v++) {
            Node node = nodes.get(v);
            entity[v] = Roles.isEntity(node);
            entryPoint[v] = Roles.isEntryPoint(node);
            words[v] = Stems.words(node.simpleName());
            stems[v] = entity[v] ? words[v] : entryPoint[v] ? Stems.stem(words[v]) : List.of();
            keys[v] = String.join(" ", stems[v]);
        }
        return new Anchors(entity, entryPoint, List.of(words), List.of(stems), keys);
    }

    /**
     * These anchors with more entities ({@link RowEntities}): a class with a table here becomes an entity known by
     * its whole name. Lists are shared with this instance.
     *
     * @param rowTable for each vertex, the table it is the row type of, or null
     */
    Anchors withRowEntities(String[] rowTable) {
        boolean[] moreEntities = entity.clone();
        List<List<String>> moreStems = new java.util.ArrayList<>(stems);
        String[] moreKeys = keys.clone();
        for (int v = 0; v < rowTable.length; v++) {
            if (rowTable[v] != null && !entity[v]) {
                moreEntities[v] = true;
                moreStems.set(v, words.get(v));
                moreKeys[v] = String.join(" ", words.get(v));
            }
        }
        return new Anchors(moreEntities, entryPoint, words, moreStems, moreKeys);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is created raw
    private static List<String>[] newLists(int n) {
        return new List[n];
    }

    public boolean isEntity(int v) {
        return entity[v];
    }

    public boolean isEntryPoint(int v) {
        return entryPoint[v];
    }

    /** Entity or entry point: {@link Roles#isAnchor}. */
    public boolean isAnchor(int v) {
        return entity[v] || entryPoint[v];
    }

    /** Lower-case words of the class's simple name. */
    public List<String> words(int v) {
        return words.get(v);
    }

    /** The stem an anchor is known by; empty for classes that are not anchors. */
    public List<String> stem(int v) {
        return stems.get(v);
    }

    /** {@code String.join(" ", stem(v))}. */
    public String key(int v) {
        return keys[v];
    }
}
