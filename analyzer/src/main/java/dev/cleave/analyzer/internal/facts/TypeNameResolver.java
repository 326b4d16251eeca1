package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.ast.Node;

/**
 * Resolves a type name as written in the source at a given place to a fully-qualified name, using the
 * compilation unit's package, imports and the project's types. Implemented by the resolver.
 */
@FunctionalInterface
public interface TypeNameResolver {
    /**
     * @param name    the name as written: simple ({@code Entity}), qualified ({@code javax.persistence.Entity})
     *                or nested ({@code Map.Entry})
     * @param context the AST node where the name appears (for scoping)
     * @return the fully-qualified (canonical) name of a project or library type; for a type known only from an
     * explicit single-type import, the imported name; {@code null} when it cannot be told
     */
    String resolve(String name, Node context);
}
