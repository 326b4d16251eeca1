package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The supertypes of a type that are declared in the given sources, visited in the order of Spring's annotation
 * search ({@code MergedAnnotations.SearchStrategy.TYPE_HIERARCHY}): the type, its interfaces (each followed by its
 * superinterfaces), then its superclass and that superclass's own interfaces, and so on. Supertypes that are not in
 * the sources (the JDK, libraries, sources generated at build time and not on disk) are skipped and remembered.
 */
final class TypeHierarchy {
    private final Map<String, SourceType> types;
    private final NameResolver names;
    private final Set<String> missing = new TreeSet<>();

    TypeHierarchy(Map<String, SourceType> types) {
        this.types = types;
        this.names = new NameResolver(types);
    }

    /** {@code type} first, then every supertype found in the sources, each once, in Spring's search order. */
    List<TypeDeclaration<?>> search(TypeDeclaration<?> type) {
        List<TypeDeclaration<?>> found = new ArrayList<>();
        visit(type, found);
        return List.copyOf(found);
    }

    /** {@code type} first, then its superclasses found in the sources, nearest first. */
    List<TypeDeclaration<?>> classes(TypeDeclaration<?> type) {
        List<TypeDeclaration<?>> chain = new ArrayList<>();
        for (TypeDeclaration<?> t = type; t != null && !contains(chain, t); t = superclass(t).orElse(null)) {
            chain.add(t);
        }
        return chain;
    }

    /** Supertypes met so far that are not in the sources, as written there, sorted. */
    Set<String> missing() {
        return missing;
    }

    private void visit(TypeDeclaration<?> type, List<TypeDeclaration<?>> found) {
        if (contains(found, type)) {
            return;
        }
        found.add(type);
        if (!(type instanceof ClassOrInterfaceDeclaration c)) {
            return;
        }
        List<ClassOrInterfaceType> interfaces = c.isInterface() ? c.getExtendedTypes() : c.getImplementedTypes();
        interfaces.forEach(i -> resolve(c, i).ifPresent(t -> visit(t, found)));
        superclass(c).ifPresent(s -> visit(s, found));
    }

    /** By identity: JavaParser nodes are equal when their text is, and two files may declare equal types. */
    private static boolean contains(List<TypeDeclaration<?>> types, TypeDeclaration<?> type) {
        return types.stream().anyMatch(t -> t == type);
    }

    private Optional<TypeDeclaration<?>> superclass(TypeDeclaration<?> type) {
        if (type instanceof ClassOrInterfaceDeclaration c && !c.isInterface() && !c.getExtendedTypes().isEmpty()) {
            return resolve(c, c.getExtendedTypes().get(0));
        }
        return Optional.empty();
    }

    /** The declaration {@code written} names inside {@code within}: a type nested in its file, else a source type. */
    private Optional<TypeDeclaration<?>> resolve(TypeDeclaration<?> within, ClassOrInterfaceType written) {
        return resolve(within, written.getNameWithScope());
    }

    /**
     * The declaration a type name written inside {@code within} names ({@code OwnersApi}, {@code a.b.OwnersApi},
     * {@code Outer.Inner}): a type nested in its file, else a source type; empty (and remembered as missing) when it
     * is not in the sources.
     */
    Optional<TypeDeclaration<?>> resolve(TypeDeclaration<?> within, String name) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        Optional<TypeDeclaration<?>> nested = name.contains(".") ? Optional.empty() : enclosingMember(within, simple);
        if (nested.isPresent()) {
            return nested;
        }
        CompilationUnit unit = within.findCompilationUnit().orElseThrow();
        String fqn = names.resolve(unit, name);
        Optional<TypeDeclaration<?>> declaration = fqn == null ? Optional.empty()
                : named(types.get(fqn).declaration(), simple);
        if (declaration.isEmpty()) {
            missing.add(name);
        }
        return declaration;
    }

    /** A type called {@code simple} declared in {@code within} or in a type enclosing it. */
    private static Optional<TypeDeclaration<?>> enclosingMember(TypeDeclaration<?> within, String simple) {
        for (Node n = within; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> t) {
                Optional<TypeDeclaration<?>> member = t.getMembers().stream()
                        .filter(m -> m instanceof TypeDeclaration<?> d && d.getNameAsString().equals(simple))
                        .<TypeDeclaration<?>>map(m -> (TypeDeclaration<?>) m).findFirst();
                if (member.isPresent()) {
                    return member;
                }
            }
        }
        return Optional.empty();
    }

    /** {@code top} itself when it is called {@code simple}, else the first type of that name nested in it. */
    private static Optional<TypeDeclaration<?>> named(TypeDeclaration<?> top, String simple) {
        if (top.getNameAsString().equals(simple)) {
            return Optional.of(top);
        }
        return top.findAll(TypeDeclaration.class).stream().filter(d -> d != top && d.getNameAsString().equals(simple))
                .<TypeDeclaration<?>>map(d -> d).findFirst();
    }
}
