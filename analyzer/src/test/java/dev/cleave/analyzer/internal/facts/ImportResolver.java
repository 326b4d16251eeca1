package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.Set;

/**
 * Test stand-in for the resolver: single-type imports, java.lang, types declared in the file and the given
 * project types of the same package. Wildcard imports are not followed (as a resolver without classpath).
 */
final class ImportResolver implements TypeNameResolver {
    private static final Set<String> JAVA_LANG = Set.of("String", "Object", "Exception", "RuntimeException",
            "Throwable", "Error", "Override", "Deprecated", "Integer", "Long", "Runnable", "Thread");
    private final Set<String> projectTypes;

    ImportResolver(Set<String> projectTypes) {
        this.projectTypes = projectTypes;
    }

    @Override
    public String resolve(String name, Node context) {
        CompilationUnit cu = context.findCompilationUnit().orElseThrow();
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        String rest = dot < 0 ? "" : name.substring(dot);
        for (ImportDeclaration i : cu.getImports()) {
            if (!i.isAsterisk() && !i.isStatic() && i.getName().getIdentifier().equals(first)) {
                return i.getNameAsString() + rest;
            }
        }
        String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        boolean declared = cu.findAll(TypeDeclaration.class).stream().anyMatch(t -> t.getNameAsString().equals(first));
        if (declared || projectTypes.contains(pkg + first)) {
            return pkg + name;
        }
        if (JAVA_LANG.contains(name)) {
            return "java.lang." + name;
        }
        return dot > 0 ? name : null;
    }
}
