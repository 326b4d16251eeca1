package dev.cleave.analyzer.internal.resolve;

import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.IntersectionType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import com.github.javaparser.ast.type.VarType;
import com.github.javaparser.ast.type.VoidType;
import com.github.javaparser.ast.type.WildcardType;

import java.util.ArrayList;
import java.util.List;

/**
 * A type as written in the source, detached from the AST so declarations can outlive it. Resolved to a
 * {@link JType} by a {@link TypeScope}.
 */
public sealed interface TypeRef {
    /** A class type {@code a.b.C<X>.D<Y>}: its name segments with the type arguments written after each. */
    record Named(List<String> names, List<List<TypeRef>> args, boolean diamond) implements TypeRef {
        public String dotted() {
            return String.join(".", names);
        }
    }

    record Prim(JType.Prim type) implements TypeRef {
    }

    record Array(TypeRef component) implements TypeRef {
    }

    /** A wildcard; bound null for {@code ?}. */
    record Wild(TypeRef bound, boolean upper) implements TypeRef {
    }

    /** {@code var}, or a lambda parameter without a type. */
    record Inferred() implements TypeRef {
    }

    /** The alternatives of a multi-catch. */
    record Union(List<TypeRef> alternatives) implements TypeRef {
    }

    TypeRef INFERRED = new Inferred();

    /**
     * Converts a JavaParser type; never null. A class type named {@code var} is {@code var} (JavaParser only turns
     * it into a var type at language levels that post-process it).
     */
    static TypeRef of(Type type) {
        if (type instanceof ClassOrInterfaceType c) {
            if (c.getScope().isEmpty() && c.getTypeArguments().isEmpty() && c.getNameAsString().equals("var")) {
                return INFERRED;
            }
            List<String> names = new ArrayList<>();
            List<List<TypeRef>> args = new ArrayList<>();
            boolean diamond = c.getTypeArguments().map(a -> a.isEmpty()).orElse(false);
            for (ClassOrInterfaceType t = c; t != null; t = t.getScope().orElse(null)) {
                names.add(0, t.getNameAsString());
                args.add(0, t.getTypeArguments().map(TypeRef::all).orElse(List.of()));
            }
            return new Named(List.copyOf(names), List.copyOf(args), diamond);
        } else if (type instanceof PrimitiveType p) {
            return new Prim(JType.PRIMITIVES.get(p.asString()));
        } else if (type instanceof VoidType) {
            return new Prim(JType.VOID);
        } else if (type instanceof ArrayType a) {
            return new Array(of(a.getComponentType()));
        } else if (type instanceof WildcardType w) {
            if (w.getExtendedType().isPresent()) {
                return new Wild(of(w.getExtendedType().get()), true);
            }
            return w.getSuperType().<TypeRef>map(s -> new Wild(of(s), false)).orElse(new Wild(null, true));
        } else if (type instanceof UnionType u) {
            return new Union(all(u.getElements()));
        } else if (type instanceof IntersectionType i) {
            return of(i.getElements().get(0));
        } else if (type instanceof VarType) {
            return INFERRED;
        }
        return INFERRED;
    }

    static List<TypeRef> all(List<? extends Type> types) {
        List<TypeRef> out = new ArrayList<>(types.size());
        for (Type t : types) {
            out.add(of(t));
        }
        return List.copyOf(out);
    }
}
