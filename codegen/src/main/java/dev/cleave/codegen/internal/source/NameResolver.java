package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import java.util.Map;

/**
 * Resolves a type name written in a source file to the monolith type it names, by the Java rules that matter for
 * top-level types: single-type imports, the file's own package, then on-demand imports. Names of library types
 * resolve to null. Nested types resolve to their top-level type.
 */
public final class NameResolver {
    private final Map<String, SourceType> types;

    public NameResolver(Map<String, SourceType> types) {
        this.types = types;
    }

    /** The top-level monolith type that {@code name} (simple or qualified) means in {@code unit}, or null. */
    public String resolve(CompilationUnit unit, String name) {
        String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (types.containsKey(name)) {
            return name;
        }
        String qualified = prefixOf(name);
        if (qualified != null) {
            return qualified;
        }
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isAsterisk() && !imp.isStatic() && imp.getName().getIdentifier().equals(first)) {
                return topLevel(imp.getNameAsString());
            }
        }
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        if (types.containsKey(pkg + first)) {
            return pkg + first;
        }
        for (ImportDeclaration imp : unit.getImports()) {
            if (imp.isAsterisk() && !imp.isStatic() && types.containsKey(imp.getNameAsString() + "." + first)) {
                return imp.getNameAsString() + "." + first;
            }
        }
        return null;
    }

    /** The longest prefix of a qualified name that is a monolith type (a.b.Outer.Inner → a.b.Outer). */
    private String prefixOf(String name) {
        String candidate = name;
        while (candidate.contains(".")) {
            candidate = candidate.substring(0, candidate.lastIndexOf('.'));
            if (types.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private String topLevel(String imported) {
        if (types.containsKey(imported)) {
            return imported;
        }
        return prefixOf(imported);
    }
}
