package dev.cleave.analyzer.internal.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relations between types for one file's resolution: supertypes with type-argument substitution, member
 * lookup along the hierarchy (JLS §8.4.8: classes before interfaces, overridden methods hidden), subtyping by
 * erasure, loose assignability (widening, boxing) and functional interface methods (JLS §9.8).
 *
 * <p>Wildcard arguments are captured to their bounds when substituted into member types: an approximation
 * that is right for nearly all member lookups. Not thread-safe (one per file); the shared caches are.
 */
final class Types {
    private final FileScope file;

    Types(FileScope file) {
        this.file = file;
    }

    TypeInfo info(String name) {
        return file.find(name);
    }

    FileScope file() {
        return file;
    }

    /** The class type to look members up in: type variables and wildcards become their bounds. */
    static JType.Cls classOf(JType t) {
        for (int i = 0; i < 8; i++) {
            if (t instanceof JType.Cls c) {
                return c;
            } else if (t instanceof JType.Var v) {
                t = v.bound();
            } else if (t instanceof JType.Wild w) {
                t = w.bound() == null || !w.upper() ? JType.OBJECT : w.bound();
            } else if (t instanceof JType.TypeName n) {
                return n.type();
            } else if (t instanceof JType.Arr) {
                return JType.OBJECT;
            } else {
                return null;
            }
        }
        return null;
    }

    /** Type variable name to argument for a parameterized type; raw types map variables to their bounds. */
    Map<String, JType> substitution(JType.Cls c) {
        TypeInfo t = info(c.name());
        if (t == null || t.typeParams().isEmpty()) {
            return Map.of();
        }
        Map<String, JType> m = new HashMap<>();
        List<JType.Var> params = t.typeParams();
        boolean raw = c.args().size() != params.size();
        for (int i = 0; i < params.size(); i++) {
            JType.Var v = params.get(i);
            JType arg = raw ? erasure(v.bound()) : c.args().get(i);
            m.put(v.name(), capture(arg, v));
        }
        return m;
    }

    private static JType capture(JType arg, JType.Var v) {
        if (arg instanceof JType.Wild w) {
            if (w.bound() != null) {
                return w.bound();
            }
            return JType.OBJECT.equals(v.bound()) ? JType.UNKNOWN : erasure(v.bound());
        }
        return arg;
    }

    static JType erasure(JType t) {
        if (t instanceof JType.Cls c) {
            return c.args().isEmpty() ? c : JType.Cls.of(c.name());
        } else if (t instanceof JType.Var v) {
            return erasure(v.bound());
        } else if (t instanceof JType.Arr a) {
            return new JType.Arr(erasure(a.component()));
        } else if (t instanceof JType.Wild w) {
            return w.bound() == null ? JType.OBJECT : erasure(w.bound());
        }
        return t;
    }

    /** Replaces type variables by the map; variables not in it stay. */
    static JType subst(JType t, Map<String, JType> m) {
        if (m.isEmpty()) {
            return t;
        }
        if (t instanceof JType.Var v) {
            JType r = m.get(v.name());
            return r != null ? r : v;
        } else if (t instanceof JType.Cls c) {
            if (c.args().isEmpty()) {
                return c;
            }
            List<JType> args = new ArrayList<>(c.args().size());
            for (JType a : c.args()) {
                args.add(subst(a, m));
            }
            return new JType.Cls(c.name(), args);
        } else if (t instanceof JType.Arr a) {
            return new JType.Arr(subst(a.component(), m));
        } else if (t instanceof JType.Wild w) {
            return w.bound() == null ? w : new JType.Wild(subst(w.bound(), m), w.upper());
        }
        return t;
    }

    /** Direct supertypes as seen from this parameterization; interfaces get {@code Object}. */
    List<JType.Cls> supertypes(JType.Cls c) {
        TypeInfo t = info(c.name());
        if (t == null) {
            return List.of();
        }
        Map<String, JType> m = substitution(c);
        List<JType.Cls> out = new ArrayList<>(t.interfaces().size() + 1);
        if (t.superclass() != null) {
            out.add((JType.Cls) subst(t.superclass(), m));
        }
        for (JType.Cls i : t.interfaces()) {
            out.add((JType.Cls) subst(i, m));
        }
        if (t.isInterface() && t.superclass() == null) {
            out.add(JType.OBJECT);
        }
        return out;
    }

    /** The parameterization of {@code target} among the supertypes of {@code t} (itself included), or null. */
    JType.Cls asSuper(JType t, String target) {
        JType.Cls c = classOf(t);
        if (c == null) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        List<JType.Cls> queue = new ArrayList<>();
        queue.add(c);
        for (int i = 0; i < queue.size() && i < 200; i++) {
            JType.Cls cur = queue.get(i);
            if (cur.name().equals(target)) {
                return cur;
            }
            if (seen.add(cur.name())) {
                queue.addAll(supertypes(cur));
            }
        }
        return null;
    }

    /** The hierarchy of a class type in member lookup order: the class chain first, then interfaces. */
    List<JType.Cls> lookupOrder(JType.Cls c, boolean[] hasUnknown) {
        List<JType.Cls> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JType.Cls cur = c; cur != null && seen.add(cur.name()) && chain.size() < 100; ) {
            chain.add(cur);
            TypeInfo t = info(cur.name());
            if (t == null) {
                hasUnknown[0] = true;
                break;
            }
            JType.Cls next = null;
            if (t.superclass() != null) {
                next = (JType.Cls) subst(t.superclass(), substitution(cur));
            }
            cur = next;
        }
        List<JType.Cls> order = new ArrayList<>(chain);
        for (int i = 0; i < order.size() && order.size() < 300; i++) {
            JType.Cls cur = order.get(i);
            TypeInfo t = info(cur.name());
            if (t == null) {
                hasUnknown[0] = true;
                continue;
            }
            Map<String, JType> m = substitution(cur);
            for (JType.Cls iface : t.interfaces()) {
                if (seen.add(iface.name())) {
                    order.add((JType.Cls) subst(iface, m));
                }
            }
        }
        if (seen.add(JType.OBJECT.name())) {
            order.add(JType.OBJECT);
        }
        return order;
    }

    /** A method found on a type, with the substitution of its declaring type's variables. */
    record Candidate(MethodInfo method, Map<String, JType> ownerSubst) {
    }

    /** Methods of this name visible on the type, overridden ones hidden, most derived first. */
    List<Candidate> methods(JType.Cls receiver, String name, boolean[] hasUnknown) {
        List<Candidate> out = new ArrayList<>();
        Set<String> signatures = new HashSet<>();
        for (JType.Cls c : lookupOrder(receiver, hasUnknown)) {
            TypeInfo t = info(c.name());
            if (t == null) {
                continue;
            }
            List<MethodInfo> ms = t.methods(name);
            if (ms.isEmpty()) {
                continue;
            }
            Map<String, JType> m = substitution(c);
            for (MethodInfo mi : ms) {
                if (signatures.add(erasedSignature(mi, m))) {
                    out.add(new Candidate(mi, m));
                }
            }
        }
        return out;
    }

    /** Whether the type or its supertypes declare any method of this name. */
    boolean hasMethod(JType.Cls receiver, String name) {
        for (JType.Cls c : lookupOrder(receiver, new boolean[1])) {
            TypeInfo t = info(c.name());
            if (t != null && !t.methods(name).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String erasedSignature(MethodInfo mi, Map<String, JType> m) {
        StringBuilder sb = new StringBuilder();
        for (JType p : mi.params()) {
            JType s = p instanceof JType.Var v && isMethodVar(mi, v) ? v : subst(p, m);
            sb.append(erasure(s)).append(',');
        }
        return sb.toString();
    }

    private static boolean isMethodVar(MethodInfo mi, JType.Var v) {
        for (JType.Var tv : mi.typeParams()) {
            if (tv.name().equals(v.name())) {
                return true;
            }
        }
        return false;
    }

    /** A field found on a type, with its type as seen from the receiver's parameterization. */
    record FieldHit(FieldInfo field, JType type) {
    }

    FieldHit field(JType.Cls receiver, String name, boolean[] hasUnknown) {
        for (JType.Cls c : lookupOrder(receiver, hasUnknown)) {
            TypeInfo t = info(c.name());
            FieldInfo f = t == null ? null : t.field(name);
            if (f != null) {
                return new FieldHit(f, subst(f.type(), substitution(c)));
            }
        }
        return null;
    }

    /** Whether {@code sub}'s erasure is {@code sup} or one of its subtypes. */
    boolean isSubclass(String sub, String sup) {
        if (sub.equals(sup) || sup.equals("java.lang.Object")) {
            return true;
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>();
        queue.add(sub);
        for (int i = 0; i < queue.size() && i < 300; i++) {
            String cur = queue.get(i);
            if (!seen.add(cur)) {
                continue;
            }
            TypeInfo t = info(cur);
            if (t == null) {
                continue;
            }
            if (t.superclass() != null) {
                if (t.superclass().name().equals(sup)) {
                    return true;
                }
                queue.add(t.superclass().name());
            }
            for (JType.Cls iface : t.interfaces()) {
                if (iface.name().equals(sup)) {
                    return true;
                }
                queue.add(iface.name());
            }
        }
        return false;
    }

    static JType box(JType t) {
        if (t instanceof JType.Prim p && p != JType.VOID) {
            return JType.Cls.of(JType.BOXES.get(p));
        }
        return t;
    }

    static JType unbox(JType t) {
        if (t instanceof JType.Cls c) {
            for (Map.Entry<JType.Prim, String> e : JType.BOXES.entrySet()) {
                if (e.getValue().equals(c.name()) && e.getKey() != JType.VOID) {
                    return e.getKey();
                }
            }
        }
        return t;
    }

    private static final String WIDENING = "byte>short,int,long,float,double;short>int,long,float,double;"
            + "char>int,long,float,double;int>long,float,double;long>float,double;float>double;";

    static boolean primitiveWidens(JType.Prim from, JType.Prim to) {
        if (from.equals(to)) {
            return true;
        }
        int i = WIDENING.indexOf(from.name() + ">");
        if (i < 0) {
            return false;
        }
        String targets = WIDENING.substring(i + from.name().length() + 1, WIDENING.indexOf(';', i));
        return (',' + targets + ',').contains(',' + to.name() + ',');
    }

    /**
     * Assignment compatibility (JLS §5.3) by erasure; unknown types are compatible with everything.
     *
     * @param boxing whether boxing and unboxing conversions are allowed (phase 2 of overload resolution)
     */
    boolean assignable(JType from, JType to, boolean boxing) {
        if (from == JType.UNKNOWN || to == JType.UNKNOWN || to instanceof JType.Var) {
            return true;
        }
        if (from == JType.NULL) {
            return !(to instanceof JType.Prim);
        }
        if (to instanceof JType.Wild w) {
            return w.bound() == null || !w.upper() || assignable(from, w.bound(), boxing);
        }
        if (from instanceof JType.Var v) {
            return assignable(v.bound(), to, boxing);
        }
        if (from instanceof JType.Prim fp) {
            if (to instanceof JType.Prim tp) {
                return primitiveWidens(fp, tp);
            }
            return boxing && assignable(box(fp), to, false);
        }
        if (to instanceof JType.Prim tp) {
            JType u = unbox(from);
            return boxing && u instanceof JType.Prim up && primitiveWidens(up, tp);
        }
        if (from instanceof JType.Arr fa) {
            if (to instanceof JType.Arr ta) {
                return fa.component() instanceof JType.Prim || ta.component() instanceof JType.Prim
                        ? fa.component().equals(ta.component()) || ta.component() == JType.UNKNOWN
                        : assignable(fa.component(), ta.component(), false);
            }
            JType.Cls tc = classOf(to);
            return tc != null && (tc.name().equals("java.lang.Object") || tc.name().equals("java.lang.Cloneable")
                    || tc.name().equals("java.io.Serializable"));
        }
        if (to instanceof JType.Arr) {
            return false;
        }
        JType.Cls fc = classOf(from);
        JType.Cls tc = classOf(to);
        if (fc == null || tc == null) {
            return true;
        }
        if (info(fc.name()) == null) {
            return true;
        }
        return isSubclass(fc.name(), tc.name());
    }

    /** The single abstract method of a functional interface type, substituted; null when not one. */
    Sam sam(JType target) {
        JType.Cls c = classOf(target);
        TypeInfo t = c == null ? null : info(c.name());
        if (t == null || !t.isInterface()) {
            return null;
        }
        MethodInfo found = null;
        Map<String, JType> foundSubst = null;
        Set<String> seen = new HashSet<>();
        for (JType.Cls s : lookupOrder(c, new boolean[1])) {
            TypeInfo st = info(s.name());
            if (st == null || !st.isInterface()) {
                continue;
            }
            for (List<MethodInfo> ms : st.allMethods().values()) {
                for (MethodInfo m : ms) {
                    if (!m.isAbstract() || isObjectMethod(m) || !seen.add(m.name() + "/" + m.arity())) {
                        continue;
                    }
                    if (found != null && !(found.name().equals(m.name()) && found.arity() == m.arity())) {
                        return null;
                    }
                    if (found == null) {
                        found = m;
                        foundSubst = substitution(s);
                    }
                }
            }
        }
        if (found == null) {
            return null;
        }
        List<JType> params = new ArrayList<>();
        for (JType p : found.params()) {
            params.add(subst(p, foundSubst));
        }
        return new Sam(found, params, subst(found.returnType(), foundSubst));
    }

    private static boolean isObjectMethod(MethodInfo m) {
        return (m.name().equals("equals") && m.arity() == 1) || (m.name().equals("hashCode") && m.arity() == 0)
                || (m.name().equals("toString") && m.arity() == 0);
    }

    /** A functional interface's method with parameter and return types as seen from the target type. */
    record Sam(MethodInfo method, List<JType> params, JType returnType) {
    }

    /** The element type of an array or an {@code Iterable}, for enhanced for. */
    JType elementType(JType t) {
        if (t instanceof JType.Arr a) {
            return a.component();
        }
        JType.Cls it = asSuper(t, "java.lang.Iterable");
        if (it != null && it.args().size() == 1) {
            JType e = it.args().get(0);
            return e instanceof JType.Wild w ? (w.bound() == null ? JType.UNKNOWN : w.bound()) : e;
        }
        return JType.UNKNOWN;
    }
}
