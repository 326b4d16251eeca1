package dev.cleave.analyzer.internal.resolve;

import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses among overloaded methods (JLS §15.12.2): applicable by strict then loose invocation (no boxing, then
 * boxing), then by variable arity; among those the most specific. Lambdas count as compatible with a
 * functional interface of the same arity; method references with any functional interface. When nothing is
 * applicable, the most derived candidate of a fitting arity is taken (the declaring type is then usually
 * still right).
 */
final class Overloads {
    private final Types types;

    Overloads(Types types) {
        this.types = types;
    }

    static boolean isPoly(Expression e) {
        Expression u = unwrap(e);
        return u instanceof LambdaExpr || u instanceof MethodReferenceExpr;
    }

    static Expression unwrap(Expression e) {
        while (e instanceof EnclosedExpr en) {
            e = en.getInner();
        }
        return e;
    }

    /** The declared type of the parameter receiving argument {@code i} of {@code n} (varargs expanded). */
    static JType paramAt(MethodInfo m, int i, int n) {
        List<JType> ps = m.params();
        if (ps.isEmpty()) {
            return JType.UNKNOWN;
        }
        int last = ps.size() - 1;
        if (m.varargs() && i >= last) {
            JType p = ps.get(last);
            boolean expanded = n != ps.size() || i > last;
            return expanded && p instanceof JType.Arr a ? a.component() : p;
        }
        return i < ps.size() ? ps.get(i) : JType.UNKNOWN;
    }

    /**
     * The applicable candidate, else (a guess) the most derived one of a fitting arity, else null.
     *
     * @param argTypes types of the arguments, null for lambdas and method references
     */
    Types.Candidate select(List<Types.Candidate> candidates, List<Expression> args, List<JType> argTypes) {
        Types.Candidate c = selectApplicable(candidates, args, argTypes);
        return c != null ? c : byArity(candidates, argTypes.size());
    }

    /** The most specific applicable candidate, or null when none is applicable. */
    Types.Candidate selectApplicable(List<Types.Candidate> candidates, List<Expression> args, List<JType> argTypes) {
        int n = argTypes.size();
        for (int phase = 1; phase <= 3; phase++) {
            List<Types.Candidate> applicable = new ArrayList<>();
            for (Types.Candidate c : candidates) {
                if (applicable(c, args, argTypes, phase)) {
                    applicable.add(c);
                }
            }
            if (!applicable.isEmpty()) {
                return mostSpecific(applicable, n);
            }
        }
        return null;
    }

    /** When nothing is applicable: the most derived candidate of a fitting arity, or null. */
    Types.Candidate byArity(List<Types.Candidate> candidates, int n) {
        for (Types.Candidate c : candidates) {
            if (arityFits(c.method(), n, true)) {
                return c;
            }
        }
        return null;
    }

    /** Selection when all argument types are known (the parameters of a functional interface). */
    Types.Candidate selectByTypes(List<Types.Candidate> candidates, List<JType> argTypes) {
        for (int phase = 1; phase <= 3; phase++) {
            List<Types.Candidate> applicable = new ArrayList<>();
            for (Types.Candidate c : candidates) {
                if (applicable(c, null, argTypes, phase)) {
                    applicable.add(c);
                }
            }
            if (!applicable.isEmpty()) {
                return mostSpecific(applicable, argTypes.size());
            }
        }
        return null;
    }

    static boolean arityFits(MethodInfo m, int n, boolean varargs) {
        return m.arity() == n || (varargs && m.varargs() && n >= m.arity() - 1);
    }

    private boolean applicable(Types.Candidate c, List<Expression> args, List<JType> argTypes, int phase) {
        MethodInfo m = c.method();
        int n = argTypes.size();
        if (!arityFits(m, n, phase == 3) || (phase == 3 && !m.varargs())) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            JType p = Types.subst(phase == 3 ? paramAt(m, i, n) : m.params().get(i), c.ownerSubst());
            JType a = argTypes.get(i);
            if (a == null) {
                if (!polyFits(unwrap(args.get(i)), p)) {
                    return false;
                }
            } else if (!types.assignable(a, p, phase >= 2)) {
                return false;
            }
        }
        return true;
    }

    private boolean polyFits(Expression e, JType param) {
        if (param instanceof JType.Var || param == JType.UNKNOWN) {
            return true;
        }
        Types.Sam sam = types.sam(param);
        if (sam == null) {
            return false;
        }
        if (e instanceof LambdaExpr l) {
            return sam.params().size() == l.getParameters().size();
        }
        return true;
    }

    private Types.Candidate mostSpecific(List<Types.Candidate> applicable, int n) {
        if (applicable.size() == 1) {
            return applicable.get(0);
        }
        for (Types.Candidate a : applicable) {
            boolean best = true;
            for (Types.Candidate b : applicable) {
                if (a != b && !moreSpecific(a, b, n)) {
                    best = false;
                    break;
                }
            }
            if (best) {
                return a;
            }
        }
        return applicable.get(0);
    }

    private boolean moreSpecific(Types.Candidate a, Types.Candidate b, int n) {
        for (int i = 0; i < n; i++) {
            JType pa = Types.subst(paramAt(a.method(), i, n), a.ownerSubst());
            JType pb = Types.subst(paramAt(b.method(), i, n), b.ownerSubst());
            if (pb instanceof JType.Var && !(pa instanceof JType.Var)) {
                continue;
            }
            if (!types.assignable(pa, pb, false)) {
                return false;
            }
        }
        return true;
    }
}
