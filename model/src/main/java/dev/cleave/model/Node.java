package dev.cleave.model;

import java.util.List;
import java.util.Objects;

/**
 * One top-level type of the analyzed sources.
 *
 * @param id          fully-qualified name
 * @param kind        class, interface, enum, record or annotation
 * @param sourceFile  file path relative to the project root, '/' separators
 * @param lines       lines of the source file that the type spans
 * @param annotations fully-qualified names of the annotations on the type and its members, sorted, distinct
 * @param stereotypes roles recognised from annotations, names and deployment descriptors, sorted
 * @param tables      database tables the type maps or queries, sorted
 * @param entryPoints HTTP entry points the type serves, sorted
 * @param stateful    whether instances or the class hold mutable state that would not survive replication
 */
public record Node(String id, TypeKind kind, String sourceFile, int lines, List<String> annotations,
                   List<Stereotype> stereotypes, List<TableUse> tables, List<EntryPoint> entryPoints,
                   boolean stateful) {
    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceFile, "sourceFile");
        annotations = annotations.stream().distinct().sorted().toList();
        stereotypes = stereotypes.stream().distinct().sorted().toList();
        tables = tables.stream().distinct().sorted().toList();
        entryPoints = entryPoints.stream().distinct().sorted().toList();
    }

    /** The package part of {@link #id()}, empty for the default package. */
    public String packageName() {
        int dot = id.lastIndexOf('.');
        return dot < 0 ? "" : id.substring(0, dot);
    }

    /** The simple name part of {@link #id()}. */
    public String simpleName() {
        return id.substring(id.lastIndexOf('.') + 1);
    }

    public boolean is(Stereotype stereotype) {
        return stereotypes.contains(stereotype);
    }
}
