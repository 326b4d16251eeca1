package dev.cleave.model;

/** How a type uses a table. Serialized in lower case. */
public enum TableAccess {
    /** The type is mapped to the table (JPA entity, join table). */
    MAPS,
    /** The type reads it (SELECT). */
    READS,
    /** The type writes it (INSERT, UPDATE, DELETE, MERGE). */
    WRITES;

    @Override
    public String toString() {
        return Names.lower(name());
    }
}
