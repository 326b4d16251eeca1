package dev.cleave.splitter.internal.domain;

import dev.cleave.model.TableAccess;
import dev.cleave.model.TableUse;

import java.util.Map;
import java.util.TreeMap;

/**
 * The class that owns each table: the one mapping it (an entity; among several, the one whose name matches the
 * table best, then the one with fewer tables, then the lowest id; a row class of JDBC data access named after the
 * table counts as mapping it, {@link RowEntities}), else the one writing it, else one reading it.
 * Its service owns the table.
 */
public final class TableOwners {
    private TableOwners() {
    }

    /** Table name → owning vertex, sorted by table. */
    public static Map<String, Integer> of(Facts facts) {
        Map<String, Integer> owner = new TreeMap<>();
        Map<String, Integer> rank = new TreeMap<>();
        for (int v = 0; v < facts.size(); v++) {
            String row = facts.rowTable(v);
            if (row != null && (rank.get(row) == null || ROW_RANK > rank.get(row))) {
                owner.put(row, v);
                rank.put(row, ROW_RANK);
            }
            for (TableUse use : facts.node(v).tables()) {
                int r = rank(facts, v, use);
                Integer before = rank.get(use.table());
                if (before == null || r > before) {
                    owner.put(use.table(), v);
                    rank.put(use.table(), r);
                }
            }
        }
        return owner;
    }

    /** Rank of a row class named after its table ({@link RowEntities}): as an entity mapping it by name. */
    private static final int ROW_RANK = 3 * 10_000 + 2 * 100 + 49;

    /** Higher is a better owner; ties keep the lower vertex (visited first). */
    private static int rank(Facts facts, int v, TableUse use) {
        int access = use.access() == TableAccess.MAPS ? 3 : use.access() == TableAccess.WRITES ? 2 : 1;
        String name = String.join("_", facts.anchors().words(v));
        int match = name.equals(use.table()) || (name + "s").equals(use.table()) ? 2
                : use.table().startsWith(name) || name.startsWith(use.table()) ? 1 : 0;
        int few = Math.max(0, 50 - facts.node(v).tables().size());
        return access * 10_000 + match * 100 + few;
    }
}
