package dev.cleave.model;

import java.util.Objects;

/**
 * A type's use of a database table.
 *
 * @param table  table name, lower case, without schema or quotes
 * @param access how the type uses it
 */
public record TableUse(String table, TableAccess access) implements Comparable<TableUse> {
    public TableUse {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(access, "access");
    }

    @Override
    public int compareTo(TableUse o) {
        int c = table.compareTo(o.table);
        return c != 0 ? c : access.compareTo(o.access);
    }
}
