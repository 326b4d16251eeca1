package dev.cleave.analyzer.internal.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * A digest of everything a reader can learn from a linked source {@link TypeInfo}: its names, kind, enclosing and
 * member types, type parameters with bounds, supertypes as linking resolved them, and its fields, methods and
 * constructors with their resolved types, in declaration order. Two types with equal digests answer every question
 * the same way. SHA-256, first 128 bits, as hex.
 */
final class TypeDigest {
    private TypeDigest() {
    }

    static String of(TypeInfo t) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(t.binaryName()).append('|').append(t.canonicalName()).append('|').append(t.topLevel())
                .append('|').append(t.kind()).append('|').append(t.isStatic()).append('|').append(t.outer())
                .append("|m").append(new TreeMap<>(t.memberTypes())).append("|p");
        vars(sb, t.typeParams());
        sb.append("|s");
        type(sb, t.superclass());
        sb.append("|i");
        t.interfaces().forEach(i -> type(sb.append(','), i));
        for (String f : new TreeMap<>(t.allMethods()).keySet()) {
            t.methods(f).forEach(m -> method(sb.append("|M"), m));
        }
        t.constructors().forEach(m -> method(sb.append("|C"), m));
        new java.util.TreeSet<>(t.fieldNames()).forEach(n -> {
            FieldInfo f = t.field(n);
            sb.append("|F").append(n).append(':').append(f.declaring()).append(':').append(f.isStatic()).append(':');
            type(sb, f.type());
        });
        return hash(sb.toString());
    }

    private static void method(StringBuilder sb, MethodInfo m) {
        sb.append(m.name()).append(':').append(m.declaring()).append(':').append(m.flags()).append(':')
                .append(m.varargs()).append('<');
        vars(sb, m.typeParams());
        sb.append(">(");
        m.params().forEach(p -> type(sb.append(','), p));
        sb.append(')');
        type(sb, m.returnType());
    }

    private static void vars(StringBuilder sb, List<JType.Var> vars) {
        for (JType.Var v : vars) {
            sb.append(v.name()).append(" extends ");
            type(sb, v.bound());
            sb.append(';');
        }
    }

    /** Writes a type with all its structure (a variable with its bound, a wildcard with its direction). */
    static void type(StringBuilder sb, JType t) {
        if (t == null) {
            sb.append('~');
        } else if (t instanceof JType.Cls c) {
            sb.append('C').append(c.name());
            if (!c.args().isEmpty()) {
                sb.append('<');
                c.args().forEach(a -> type(sb.append(','), a));
                sb.append('>');
            }
        } else if (t instanceof JType.Arr a) {
            type(sb.append('A'), a.component());
        } else if (t instanceof JType.Prim p) {
            sb.append('P').append(p.name());
        } else if (t instanceof JType.Var v) {
            sb.append('V').append(v.name()).append('(');
            type(sb, v.bound());
            sb.append(')');
        } else if (t instanceof JType.Wild w) {
            sb.append(w.upper() ? "W+" : "W-");
            type(sb, w.bound());
        } else if (t instanceof JType.TypeName n) {
            type(sb.append('T'), n.type());
        } else if (t instanceof JType.Pkg p) {
            sb.append('K').append(p.name());
        } else {
            sb.append('S').append(t);
        }
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
