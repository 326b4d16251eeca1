package dev.cleave.analyzer.internal.resolve;

/**
 * Where simple type names are looked up: type variables, local and member types of enclosing classes, then
 * the file's imports and package. Scopes chain outward.
 */
public interface TypeScope {
    /**
     * @return a {@link JType.Var} or a {@link JType.Cls} (raw) for the name, or null when this scope and its
     * parents do not know it
     */
    JType simpleType(String name);

    /** The file-level scope at the end of the chain. */
    FileScope file();
}
