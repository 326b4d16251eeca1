package dev.cleave.model;

/** The kind of a dependency. Serialized in lower case with '-'. */
public enum EdgeKind {
    /** A method call (or method reference) to a method declared in the target. */
    CALL,
    /** An instance creation of the target. */
    NEW,
    /** A field access of a field declared in the target, or a field of the target's type. */
    FIELD,
    /** The source class extends the target. */
    EXTENDS,
    /** The source type implements (or, for interfaces, extends) the target interface. */
    IMPLEMENTS,
    /** Any other use of the target type: parameters, variables, casts, generics, class literals. */
    TYPE_USE,
    /** The source is annotated with the target annotation type. */
    ANNOTATION,
    /**
     * Both types touch the same database table; weight = tables they share. Points from a type that queries a
     * table to the type that maps it; between two types that only query it, from the smaller id to the larger.
     */
    TABLE,
    /** The files of both types changed in the same commits; weight = such commits. */
    CO_CHANGE;

    @Override
    public String toString() {
        return Names.lower(name());
    }
}
