package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Imports a module cannot compile: a class of the monolith moves unchanged into a module that lacks a class it
 * imports but never uses (an import an IDE left behind, of a class the plan put in another service). javac fails on
 * such an import as on a real use, so the module's copy goes without it; every other line stays as written.
 */
public final class UnusedImports {
    private UnusedImports() {
    }

    /**
     * {@code text}, the source of {@code type}, without its single-type imports of monolith classes that
     * {@code absent} says the module lacks and that the file never names.
     */
    public static String drop(SourceType type, String text, Predicate<String> absent, Monolith monolith) {
        String result = text;
        for (ImportDeclaration i : type.unit().getImports()) {
            String name = i.getNameAsString();
            if (i.isStatic() || i.isAsterisk() || monolith.type(name) == null || !absent.test(name)) {
                continue;
            }
            String simple = i.getName().getIdentifier();
            boolean used = type.unit().findAll(SimpleName.class).stream()
                    .anyMatch(n -> n.getIdentifier().equals(simple)
                            && Ancestors.nearest(n, ImportDeclaration.class).isEmpty())
                    || type.unit().findAll(Name.class).stream().anyMatch(n -> n.getIdentifier().equals(simple)
                    && Ancestors.nearest(n, ImportDeclaration.class).isEmpty());
            if (!used) {
                String written = String.join("\\s*\\.\\s*", java.util.Arrays.stream(name.split("\\."))
                        .map(Pattern::quote).toList());
                result = Pattern.compile("(?m)^[ \\t]*import\\s+" + written + "\\s*;[ \\t]*\\r?\\n?").matcher(result)
                        .replaceFirst("");
            }
        }
        return result;
    }
}
