package dev.cleave.analyzer.internal.resolve;

import java.util.List;
import java.util.Map;

/**
 * A Java type as the resolver computes it: a small, immutable, structurally comparable model. Class types name
 * their type by binary name ({@code java.util.Map$Entry}); a class type whose declaration is unknown (a library
 * that is not on the classpath) keeps the qualified name as written.
 */
public sealed interface JType {
    /** A class or interface type with its type arguments; empty arguments mean raw or non-generic. */
    record Cls(String name, List<JType> args) implements JType {
        public Cls {
            args = List.copyOf(args);
        }

        public static Cls of(String name) {
            return new Cls(name, List.of());
        }

        @Override
        public String toString() {
            return args.isEmpty() ? name : name + args;
        }
    }

    /** An array type. */
    record Arr(JType component) implements JType {
        @Override
        public String toString() {
            return component + "[]";
        }
    }

    /** A primitive type or {@code void}. */
    record Prim(String name) implements JType {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A type variable with its (first) upper bound, which is never null. */
    record Var(String name, JType bound) implements JType {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A wildcard type argument; {@code bound} null for {@code ?}. */
    record Wild(JType bound, boolean upper) implements JType {
    }

    /** An expression that names a type ({@code Math} in {@code Math.max}): a static context. */
    record TypeName(Cls type) implements JType {
    }

    /** An expression that names a package ({@code java.util} in {@code java.util.List}). */
    record Pkg(String name) implements JType {
    }

    /** The null type and the type that could not be determined. */
    enum Special implements JType {
        NULL, UNKNOWN
    }

    Prim BOOLEAN = new Prim("boolean");
    Prim BYTE = new Prim("byte");
    Prim CHAR = new Prim("char");
    Prim SHORT = new Prim("short");
    Prim INT = new Prim("int");
    Prim LONG = new Prim("long");
    Prim FLOAT = new Prim("float");
    Prim DOUBLE = new Prim("double");
    Prim VOID = new Prim("void");
    JType UNKNOWN = Special.UNKNOWN;
    JType NULL = Special.NULL;
    Cls OBJECT = Cls.of("java.lang.Object");
    Cls STRING = Cls.of("java.lang.String");

    /** Primitive types by keyword. */
    Map<String, Prim> PRIMITIVES = Map.of("boolean", BOOLEAN, "byte", BYTE, "char", CHAR, "short", SHORT,
            "int", INT, "long", LONG, "float", FLOAT, "double", DOUBLE, "void", VOID);

    /** Wrapper class of each primitive. */
    Map<Prim, String> BOXES = Map.of(BOOLEAN, "java.lang.Boolean", BYTE, "java.lang.Byte",
            CHAR, "java.lang.Character", SHORT, "java.lang.Short", INT, "java.lang.Integer",
            LONG, "java.lang.Long", FLOAT, "java.lang.Float", DOUBLE, "java.lang.Double", VOID, "java.lang.Void");

    default boolean isUnknown() {
        return this == UNKNOWN;
    }
}
