package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;

/**
 * One top-level type of the monolith with the file it came from.
 *
 * @param fqn          fully-qualified name
 * @param relativePath path of the source file relative to its source root, '/' separators
 * @param text         the file's text, unchanged
 * @param unit         the parsed file
 * @param declaration  the type's declaration inside {@code unit}
 */
public record SourceType(String fqn, String relativePath, String text, CompilationUnit unit,
                         TypeDeclaration<?> declaration) {

    public String packageName() {
        int dot = fqn.lastIndexOf('.');
        return dot < 0 ? "" : fqn.substring(0, dot);
    }

    public String simpleName() {
        return fqn.substring(fqn.lastIndexOf('.') + 1);
    }

    public boolean isInterface() {
        return declaration.isClassOrInterfaceDeclaration()
                && declaration.asClassOrInterfaceDeclaration().isInterface();
    }

    public boolean hasAnnotation(String simpleName) {
        return declaration.getAnnotations().stream().anyMatch(a -> a.getName().getIdentifier().equals(simpleName));
    }
}
