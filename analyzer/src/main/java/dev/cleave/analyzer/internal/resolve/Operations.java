package dev.cleave.analyzer.internal.resolve;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the operations of {@code call} edges ({@link dev.cleave.model.Edge#operations()}): a method as its name and
 * its declared parameter types, erased, relative to the top-level type the edge points to. {@code
 * findById(java.lang.Integer)}; {@code sum(int[])} for {@code int...}; {@code put(java.lang.Object)} for {@code
 * <T> put(T)}; {@code Inner.m()} for a method of the member type {@code Outer.Inner} on an edge to {@code Outer}.
 * Class types are written with canonical names ({@code java.util.Map.Entry}); a parameter type that could not be
 * resolved at all is written {@code ?}. One instance per file: each method is named once per file.
 */
final class Operations {
    private final FileScope scope;
    private final Map<MethodInfo, String> names = new IdentityHashMap<>();

    Operations(FileScope scope) {
        this.scope = scope;
    }

    /** The operation of {@code method}, declared by the source type {@code declaring}. */
    String of(MethodInfo method, TypeInfo declaring) {
        String name = names.get(method);
        if (name == null) {
            name = name(method, declaring);
            names.put(method, name);
        }
        return name;
    }

    private String name(MethodInfo method, TypeInfo declaring) {
        StringBuilder sb = new StringBuilder(64);
        String path = declaring.canonicalName() != null ? declaring.canonicalName() : declaring.binaryName();
        if (path.length() > declaring.topLevel().length() && path.startsWith(declaring.topLevel())) {
            sb.append(path.substring(declaring.topLevel().length() + 1).replace('$', '.')).append('.');
        }
        sb.append(method.name()).append('(');
        List<JType> params = method.params();
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            append(sb, Types.erasure(params.get(i)));
        }
        return sb.append(')').toString();
    }

    private void append(StringBuilder sb, JType erased) {
        if (erased instanceof JType.Arr a) {
            append(sb, a.component());
            sb.append("[]");
        } else if (erased instanceof JType.Cls c) {
            TypeInfo t = scope.find(c.name());
            sb.append(t != null && t.canonicalName() != null ? t.canonicalName() : c.name().replace('$', '.'));
        } else if (erased instanceof JType.Prim p) {
            sb.append(p.name());
        } else {
            sb.append('?');
        }
    }
}
