package dev.cleave.splitter.internal.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For each table, how many classes of each service access it; kept up to date as classes move, with the number
 * of tables accessed from some service and of tables accessed from exactly one (owned). O(tables of a class) per
 * class move.
 */
final class TableCounts {
    private final Adjacency adj;
    private final Map<Integer, Integer>[] perTable;
    private int accessed;
    private int owned;

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is created raw
    TableCounts(Adjacency adj) {
        this.adj = adj;
        this.perTable = new Map[adj.tableCount()];
        for (int t = 0; t < perTable.length; t++) {
            perTable[t] = new TreeMap<>();
        }
    }

    /** Adds ({@code sign} = 1) or removes (-1) the accesses of {@code vertex} as a member of {@code service}. */
    void account(int vertex, int service, int sign) {
        Csr rows = adj.tables;
        for (int i = rows.offsets()[vertex]; i < rows.offsets()[vertex + 1]; i++) {
            Map<Integer, Integer> counts = perTable[rows.values()[i]];
            int before = counts.size();
            counts.merge(service, sign, Integer::sum);
            if (counts.get(service) == 0) {
                counts.remove(service);
            }
            int after = counts.size();
            accessed += (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
            owned += (after == 1 ? 1 : 0) - (before == 1 ? 1 : 0);
        }
    }

    /** Share of accessed tables that one service owns; 1 when no service accesses a table. */
    double ownership() {
        return accessed == 0 ? 1.0 : (double) owned / accessed;
    }

    /** Tables accessed from more than one service, by name, with the indexes of those services. */
    Map<String, List<Integer>> split() {
        Map<String, List<Integer>> split = new TreeMap<>();
        for (int t = 0; t < perTable.length; t++) {
            if (perTable[t].size() > 1) {
                split.put(adj.tableName(t), new ArrayList<>(perTable[t].keySet()));
            }
        }
        return split;
    }

    /** Tables accessed only from the given service, sorted. */
    List<String> ownedBy(int service) {
        List<String> names = new ArrayList<>();
        for (int t = 0; t < perTable.length; t++) {
            if (perTable[t].size() == 1 && perTable[t].containsKey(service)) {
                names.add(adj.tableName(t));
            }
        }
        names.sort(null);
        return names;
    }
}
