package dev.cleave.analyzer.internal.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Infers the type arguments of one generic method call from its argument types (a simplification of JLS
 * §18: the first binding of each variable wins, primitives are boxed, arguments are matched structurally
 * through their supertypes); for a diamond, of the class's type parameters too. Variables left unbound become
 * their bound, or unknown when that is Object.
 */
final class Inference {
    private final Types types;
    private final Map<String, JType> owner;
    private final Set<String> vars = new HashSet<>();
    private final Map<String, JType> bound = new HashMap<>();

    Inference(Types types, Types.Candidate c, List<JType> explicit) {
        this(types, c, explicit, List.of());
    }

    /** @param classVars type parameters of the class to infer too (a constructor call with a diamond) */
    Inference(Types types, Types.Candidate c, List<JType> explicit, List<JType.Var> classVars) {
        this.types = types;
        classVars.forEach(v -> vars.add(v.name()));
        Map<String, JType> o = new HashMap<>(c.ownerSubst());
        List<JType.Var> tps = c.method().typeParams();
        for (int i = 0; i < tps.size(); i++) {
            vars.add(tps.get(i).name());
            o.remove(tps.get(i).name());
            if (explicit.size() == tps.size()) {
                bound.put(tps.get(i).name(), explicit.get(i));
            }
        }
        this.owner = o;
    }

    /** Matches a declared parameter type (not yet substituted) against an argument type. */
    void unify(JType param, JType arg) {
        match(Types.subst(param, owner), arg, 0);
    }

    /** Matches a type already substituted by {@link #current} (from a functional interface) against a type. */
    void unifyInferred(JType param, JType arg) {
        match(param, arg, 0);
    }

    /** The parameter type with the owner's and the so far inferred arguments substituted. */
    JType current(JType param) {
        return Types.subst(Types.subst(param, owner), bound);
    }

    private void match(JType p, JType a, int depth) {
        if (depth > 8 || a == null || a == JType.UNKNOWN || a == JType.NULL || a == JType.VOID) {
            return;
        }
        if (p instanceof JType.Var v) {
            if (vars.contains(v.name()) && !bound.containsKey(v.name())) {
                bound.put(v.name(), Types.box(a));
            }
        } else if (p instanceof JType.Wild w) {
            if (w.bound() != null) {
                match(w.bound(), a, depth + 1);
            }
        } else if (p instanceof JType.Arr pa) {
            if (a instanceof JType.Arr aa) {
                match(pa.component(), aa.component(), depth + 1);
            }
        } else if (p instanceof JType.Cls pc && !pc.args().isEmpty()) {
            JType.Cls sup = types.asSuper(a, pc.name());
            if (sup == null || sup.args().size() != pc.args().size()) {
                return;
            }
            for (int i = 0; i < pc.args().size(); i++) {
                JType x = sup.args().get(i);
                if (x instanceof JType.Wild wx) {
                    x = wx.bound();
                }
                match(pc.args().get(i), x, depth + 1);
            }
        }
    }

    /** The return type with everything inferred substituted; unbound variables replaced. */
    JType result(JType returnType) {
        JType t = current(returnType);
        return vars.isEmpty() ? t : unbound(t, 0);
    }

    private JType unbound(JType t, int depth) {
        if (depth > 8) {
            return t;
        }
        if (t instanceof JType.Var v && vars.contains(v.name())) {
            return JType.OBJECT.equals(v.bound()) ? JType.UNKNOWN : Types.erasure(v.bound());
        } else if (t instanceof JType.Cls c && !c.args().isEmpty()) {
            List<JType> args = c.args().stream().map(a -> unbound(a, depth + 1)).toList();
            return new JType.Cls(c.name(), args);
        } else if (t instanceof JType.Arr a) {
            return new JType.Arr(unbound(a.component(), depth + 1));
        } else if (t instanceof JType.Wild w && w.bound() != null) {
            return new JType.Wild(unbound(w.bound(), depth + 1), w.upper());
        }
        return t;
    }
}
