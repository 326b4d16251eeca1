package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Names as the resolver tells them, with a fallback for well-known library types that the resolver cannot tell
 * (wildcard imports, missing classpath): a {@link KnownTypes} name matching a wildcard import of the file, else
 * the only known name with that simple name (or several that give the same roles). Otherwise the name as written.
 */
final class TypeNames {
    private static final Map<String, List<String>> KNOWN_BY_SIMPLE_NAME = index();

    private final TypeNameResolver resolver;
    private final List<String> wildcardPackages;

    TypeNames(TypeNameResolver resolver, CompilationUnit cu) {
        this.resolver = resolver;
        this.wildcardPackages = cu.getImports().stream()
                .filter(i -> i.isAsterisk() && !i.isStatic())
                .map(ImportDeclaration::getNameAsString).toList();
    }

    String of(AnnotationExpr annotation) {
        return resolve(annotation.getNameAsString(), annotation);
    }

    /** The erased name of a class type ({@code JpaRepository} of {@code JpaRepository<Order, Long>}). */
    String of(ClassOrInterfaceType type) {
        return resolve(type.getNameWithScope(), type);
    }

    /**
     * The name to report for an annotation: the resolver's, else a known type of a wildcard import, else the
     * name as written (no guessing).
     */
    String reported(AnnotationExpr annotation) {
        String written = annotation.getNameAsString();
        String resolved = resolver.resolve(written, annotation);
        return resolved != null ? resolved : Objects.requireNonNullElse(fromWildcard(written), written);
    }

    String resolve(String written, Node context) {
        String resolved = resolver.resolve(written, context);
        if (resolved != null) {
            return resolved;
        }
        if (written.contains(".")) {
            return written;
        }
        String imported = fromWildcard(written);
        if (imported != null) {
            return imported;
        }
        List<String> candidates = KNOWN_BY_SIMPLE_NAME.getOrDefault(written, List.of());
        boolean sameRoles = candidates.stream().map(TypeNames::roles).distinct().count() == 1;
        return !candidates.isEmpty() && sameRoles ? candidates.get(0) : written;
    }

    private String fromWildcard(String simpleName) {
        for (String pkg : wildcardPackages) {
            if (KnownTypes.isKnown(pkg + "." + simpleName)) {
                return pkg + "." + simpleName;
            }
        }
        return null;
    }

    private static Object roles(String fqn) {
        return Objects.requireNonNullElse(KnownTypes.ANNOTATIONS.get(fqn),
                Objects.requireNonNullElse(KnownTypes.SUPERTYPES.get(fqn), KnownTypes.INJECTION.contains(fqn)));
    }

    private static Map<String, List<String>> index() {
        Map<String, List<String>> index = new HashMap<>();
        Stream.of(KnownTypes.ANNOTATIONS.keySet(), KnownTypes.SUPERTYPES.keySet(), KnownTypes.INJECTION)
                .flatMap(java.util.Collection::stream).distinct().sorted()
                .forEach(fqn -> index.computeIfAbsent(fqn.substring(fqn.lastIndexOf('.') + 1),
                        k -> new ArrayList<>()).add(fqn));
        for (String lang : List.of("Throwable", "Exception", "RuntimeException", "Error")) {
            index.putIfAbsent(lang, List.of("java.lang." + lang));
        }
        return index;
    }
}

