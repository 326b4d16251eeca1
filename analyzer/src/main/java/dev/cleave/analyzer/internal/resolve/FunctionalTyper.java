package dev.cleave.analyzer.internal.resolve;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.cleave.model.EdgeKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Types lambdas and method references against their target type (JLS §15.27, §15.13): lambda parameters get
 * the parameter types of the target's functional interface method, a method reference is resolved with them
 * as argument types (bound, static, or unbound-receiver form). Both report what the caller's inference needs:
 * the lambda's result type, the referenced method's return type and an unbound receiver's type.
 */
final class FunctionalTyper {
    private final FileResolver r;
    private final Overloads overloads;

    FunctionalTyper(FileResolver r, Overloads overloads) {
        this.r = r;
        this.overloads = overloads;
    }

    /**
     * Types a lambda against its target; returns the type of its result (expression or first returned value),
     * or null when there is none.
     */
    JType lambda(LambdaExpr l, Frame f, JType target) {
        Frame lf = f.child(false);
        Types.Sam sam = target == null ? null : r.types.sam(target);
        for (int i = 0; i < l.getParameters().size(); i++) {
            Parameter p = l.getParameters().get(i);
            p.getAnnotations().forEach(a -> r.exprs.annotation(a, lf));
            TypeRef ref = TypeRef.of(p.getType());
            JType t;
            if (!(ref instanceof TypeRef.Inferred) && !p.getType().isUnknownType()) {
                t = r.typeOf(ref, lf, EdgeKind.TYPE_USE);
                t = p.isVarArgs() ? new JType.Arr(t) : t;
            } else {
                t = sam != null && i < sam.params().size() ? sam.params().get(i) : JType.UNKNOWN;
            }
            lf.declare(p.getNameAsString(), t);
        }
        lf.returnType = sam != null ? sam.returnType() : null;
        lf.returns = new ArrayList<>();
        if (l.getBody() instanceof ExpressionStmt es) {
            return r.exprs.type(es.getExpression(), lf, lf.returnType);
        }
        r.walker.statement(l.getBody(), lf);
        for (JType t : lf.returns) {
            if (t != JType.NULL && t != JType.UNKNOWN) {
                return t;
            }
        }
        return null;
    }

    /**
     * Resolves a method reference against its target; returns {return type or null, the type of an unbound
     * receiver ({@code Type::instanceMethod}) or null}.
     */
    JType[] methodRef(MethodReferenceExpr m, Frame f, JType target) {
        String id = m.getIdentifier();
        Types.Sam sam = target == null ? null : r.types.sam(target);
        Expression scope = m.getScope();
        JType recv;
        boolean typeScope = false;
        if (scope instanceof TypeExpr te) {
            JType asVar = variableNamed(te.getType(), f);
            if (asVar != null) {
                recv = asVar;
            } else {
                recv = r.resolver.resolve(TypeRef.of(te.getType()), f, TypeResolver.Listener.NONE);
                typeScope = true;
            }
        } else if (scope instanceof SuperExpr s) {
            recv = r.exprs.superType(s, f);
        } else {
            recv = r.exprs.scopeType(scope, f);
            if (recv instanceof JType.TypeName tn) {
                recv = tn.type();
                typeScope = true;
            }
        }
        if (id.equals("new")) {
            if (recv instanceof JType.Cls c) {
                TypeInfo t = r.types.info(c.name());
                if (t == null) {
                    r.recordExternal(false);
                } else {
                    r.recordMember(c.name(), EdgeKind.NEW, false);
                }
            } else if (recv == JType.UNKNOWN) {
                r.recordUnresolved("type-not-found", false);
            }
            return new JType[]{recv, null};
        }
        JType.Cls c = Types.classOf(recv);
        if (c == null || r.types.info(c.name()) == null) {
            if (c != null) {
                r.recordExternal(false);
            } else {
                r.recordUnresolved("unknown-receiver", false);
            }
            return new JType[]{null, null};
        }
        boolean[] unknownSuper = new boolean[1];
        List<Types.Candidate> candidates = r.types.methods(c, id, unknownSuper);
        if (candidates.isEmpty()) {
            if (unknownSuper[0]) {
                r.recordExternal(false);
            } else {
                r.recordUnresolved("method-not-found", false);
            }
            return new JType[]{null, null};
        }
        Types.Candidate chosen = candidates.get(0);
        boolean known = candidates.size() == 1;
        JType unbound = null;
        if (sam != null) {
            List<JType> params = sam.params();
            List<Types.Candidate> statics = typeScope
                    ? candidates.stream().filter(x -> x.method().isStatic()).toList() : candidates;
            Types.Candidate direct = statics.isEmpty() ? null : overloads.selectByTypes(statics, params);
            Types.Candidate viaReceiver = null;
            if (typeScope && !params.isEmpty() && direct == null) {
                List<Types.Candidate> instance = candidates.stream().filter(x -> !x.method().isStatic()).toList();
                viaReceiver = instance.isEmpty() ? null
                        : overloads.selectByTypes(instance, params.subList(1, params.size()));
            }
            if (direct != null) {
                chosen = direct;
            } else if (viaReceiver != null) {
                chosen = viaReceiver;
                unbound = recv;
            }
            known |= direct != null || viaReceiver != null;
        }
        if (known) {
            r.recordCall(chosen.method(), false, m);
        } else {
            // several overloads and none fits the functional interface (or it is unknown): the first is a guess
            r.recordMember(chosen.method().declaring(), EdgeKind.CALL, false);
        }
        Inference inf = new Inference(r.types, chosen, List.of());
        if (sam != null) {
            List<JType> params = unbound != null ? sam.params().subList(1, sam.params().size()) : sam.params();
            for (int i = 0; i < params.size(); i++) {
                inf.unify(Overloads.paramAt(chosen.method(), i, params.size()), params.get(i));
            }
        }
        return new JType[]{inf.result(chosen.method().returnType()), unbound};
    }

    private JType variableNamed(Type t, Frame f) {
        if (!(t instanceof ClassOrInterfaceType c) || c.getScope().isPresent() || c.getTypeArguments().isPresent()) {
            return null;
        }
        String n = c.getNameAsString();
        for (Frame fr = f; fr != null; fr = fr.parent()) {
            JType local = fr.local(n);
            if (local != null) {
                return local;
            }
            if (fr.clazz() != null) {
                Types.FieldHit hit = r.types.field(fr.clazz().selfType(), n, new boolean[1]);
                if (hit != null) {
                    r.recordMember(hit.field().declaring(), EdgeKind.FIELD, false);
                    return hit.type();
                }
            }
        }
        return null;
    }

}
