package dev.cleave.analyzer.internal.resolve;

import java.util.List;

/**
 * The type names visible inside a class body: its type parameters and its declared and inherited member
 * types, then the enclosing scope.
 */
final class ClassScope implements TypeScope {
    private final TypeInfo type;
    private final TypeScope parent;

    ClassScope(TypeInfo type, TypeScope parent) {
        this.type = type;
        this.parent = parent;
    }

    TypeInfo type() {
        return type;
    }

    TypeScope parent() {
        return parent;
    }

    @Override
    public JType simpleType(String name) {
        parent.file().index().ensureLinked(type);
        for (JType.Var v : type.typeParams()) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        String member = type.memberTypes().get(name);
        if (member == null) {
            member = parent.file().index().memberType(type.binaryName(), name);
        }
        if (member != null) {
            return JType.Cls.of(member);
        }
        return parent.simpleType(name);
    }

    @Override
    public FileScope file() {
        return parent.file();
    }

    /** A scope that adds type variables (a method's or a generic declaration's) in front of a parent. */
    record Vars(List<JType.Var> vars, TypeScope parent) implements TypeScope {
        @Override
        public JType simpleType(String name) {
            for (JType.Var v : vars) {
                if (v.name().equals(name)) {
                    return v;
                }
            }
            return parent.simpleType(name);
        }

        @Override
        public FileScope file() {
            return parent.file();
        }
    }
}
