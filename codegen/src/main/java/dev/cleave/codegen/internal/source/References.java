package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.Set;
import java.util.TreeSet;

/**
 * The monolith types a source file mentions: in types, annotations, static scopes and static imports, and the beans
 * its annotations' Spring expressions name ({@link SpelReferences}).
 */
final class References {
    private References() {
    }

    /** Top-level monolith types referenced by the file of {@code type}, without the file's own types. */
    static Set<String> of(SourceType type, NameResolver names, SpelReferences spel) {
        Set<String> found = new TreeSet<>();
        var unit = type.unit();
        for (ImportDeclaration imp : unit.getImports()) {
            if (imp.isStatic()) {
                add(found, names.resolve(unit, imp.isAsterisk() ? imp.getNameAsString()
                        : imp.getName().getQualifier().map(Node::toString).orElse("")));
            }
        }
        for (ClassOrInterfaceType t : unit.findAll(ClassOrInterfaceType.class)) {
            add(found, names.resolve(unit, t.getNameWithScope()));
        }
        for (AnnotationExpr a : unit.findAll(AnnotationExpr.class)) {
            add(found, names.resolve(unit, a.getNameAsString()));
        }
        for (NameExpr n : unit.findAll(NameExpr.class)) {
            if (Character.isUpperCase(n.getNameAsString().charAt(0))) {
                add(found, names.resolve(unit, n.getNameAsString()));
            }
        }
        for (FieldAccessExpr f : unit.findAll(FieldAccessExpr.class)) {
            if (f.getScope() instanceof FieldAccessExpr || f.getScope() instanceof NameExpr) {
                String text = f.toString();
                if (text.chars().filter(c -> c == '.').count() > 1) {
                    add(found, names.resolve(unit, text));
                }
            }
        }
        found.addAll(spel.of(unit));
        unit.getTypes().forEach(t -> found.remove(type.packageName().isEmpty() ? t.getNameAsString()
                : type.packageName() + "." + t.getNameAsString()));
        return found;
    }

    private static void add(Set<String> found, String fqn) {
        if (fqn != null) {
            found.add(fqn);
        }
    }
}
