package dev.cleave.codegen.internal.source;

import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.resolution.types.ResolvedTypeVariable;
import com.github.javaparser.resolution.types.ResolvedWildcard;
import java.util.Map;
import java.util.stream.Collectors;

/** Source text of a resolved type, fully qualified; type variables become their first bound (or Object). */
final class TypeText {

    /** {@code bindings}: qualified type parameter name → its argument in the type being described. */
    static String of(ResolvedType type, Map<String, ResolvedType> bindings) {
        return new TypeText(bindings).text(type, 0);
    }

    private final Map<String, ResolvedType> bindings;

    private TypeText(Map<String, ResolvedType> bindings) {
        this.bindings = bindings;
    }

    private String text(ResolvedType type, int depth) {
        if (type.isVoid()) {
            return "void";
        }
        if (type.isPrimitive()) {
            return type.asPrimitive().describe();
        }
        if (type.isArray()) {
            return text(type.asArrayType().getComponentType(), depth) + "[]";
        }
        if (type.isTypeVariable()) {
            ResolvedType bound = bindings.get(type.asTypeParameter().getQualifiedName());
            return bound != null && depth < 8 ? text(bound, depth + 1) : bound(type.asTypeVariable(), depth);
        }
        if (type.isWildcard()) {
            ResolvedWildcard w = type.asWildcard();
            return w.isExtends() ? "? extends " + text(w.getBoundedType(), depth) : w.isSuper() ? "? super "
                    + text(w.getBoundedType(), depth) : "?";
        }
        var ref = type.asReferenceType();
        String name = ref.getQualifiedName();
        if (ref.typeParametersValues().isEmpty()) {
            return name;
        }
        return name + ref.typeParametersValues().stream().map(t -> text(t, depth)).collect(Collectors.joining(", ", "<", ">"));
    }

    private String bound(ResolvedTypeVariable variable, int depth) {
        var bounds = variable.asTypeParameter().getBounds();
        return bounds.isEmpty() || depth >= 8 ? "java.lang.Object" : text(bounds.get(0).getType(), depth + 1);
    }
}
