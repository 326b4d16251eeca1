package dev.cleave.model;

/** The kind of a top-level type. Serialized in lower case. */
public enum TypeKind {
    CLASS, INTERFACE, ENUM, RECORD, ANNOTATION;

    @Override
    public String toString() {
        return Names.lower(name());
    }
}
