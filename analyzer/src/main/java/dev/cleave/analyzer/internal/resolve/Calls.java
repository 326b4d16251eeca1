package dev.cleave.analyzer.internal.resolve;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.type.Type;
import dev.cleave.model.EdgeKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves method and constructor calls: finds the candidates, chooses the overload ({@link Overloads}), has
 * lambda and method-reference arguments typed from the chosen parameter's functional interface
 * ({@link FunctionalTyper}), infers the method's type arguments and gives the call's type. When the receiver's
 * type is unknown, a method name declared by exactly one project type with a fitting arity is taken as a
 * fallback; a name no project type declares with that arity counts as external (the call cannot reach the
 * project); anything else stays unresolved.
 */
final class Calls {
    private static final Set<String> OBJECT_METHODS = Set.of("equals/1", "hashCode/0", "toString/0",
            "getClass/0", "notify/0", "notifyAll/0", "wait/0", "wait/1", "wait/2", "clone/0", "finalize/0");

    private final FileResolver r;
    private final Overloads overloads;
    final FunctionalTyper functional;

    Calls(FileResolver r) {
        this.r = r;
        this.overloads = new Overloads(r.types);
        this.functional = new FunctionalTyper(r, overloads);
    }

    JType call(MethodCallExpr e, Frame f) {
        String name = e.getNameAsString();
        List<JType> explicit = typeArgs(e.getTypeArguments().orElse(null), f);
        List<Types.Candidate> candidates = List.of();
        boolean[] unknownSuper = new boolean[1];
        boolean unknownReceiver = false;
        boolean externalReceiver = false;
        String externalName = null;
        JType receiver = null;
        if (e.getScope().isPresent()) {
            Expression s = e.getScope().get();
            receiver = s instanceof SuperExpr se ? r.exprs.superType(se, f) : r.exprs.scopeType(s, f);
            JType.Cls c = receiver instanceof JType.Pkg ? null : Types.classOf(receiver);
            if (c == null) {
                unknownReceiver = true;
                externalReceiver = receiver instanceof JType.Pkg p && looksLikeType(p.name());
            } else if (r.types.info(c.name()) == null) {
                externalReceiver = true;
                externalName = c.name();
            } else {
                candidates = r.types.methods(c, name, unknownSuper);
                // a library type's members are declared in library code: a miss is a version difference
                externalName = r.types.info(c.name()).isSource() ? null : c.name();
                externalReceiver = externalName != null;
            }
        } else {
            for (Frame cf : f.classFrames()) {
                if (r.types.hasMethod(cf.clazz().selfType(), name)) {
                    candidates = r.types.methods(cf.clazz().selfType(), name, unknownSuper);
                    break;
                }
                boolean[] u = new boolean[1];
                r.types.lookupOrder(cf.clazz().selfType(), u);
                unknownSuper[0] |= u[0];
            }
            if (candidates.isEmpty()) {
                for (String owner : r.scope.staticImportOwners(name)) {
                    String bin = r.index.resolveQualified(owner);
                    if (bin == null) {
                        externalReceiver = true;
                        externalName = externalName == null ? owner : externalName;
                        continue;
                    }
                    candidates = r.types.methods(JType.Cls.of(bin), name, new boolean[1]);
                    if (!candidates.isEmpty()) {
                        break;
                    }
                }
            }
        }
        List<JType> argTypes = argTypes(e.getArguments(), f);
        Types.Candidate chosen = candidates.isEmpty() ? null
                : overloads.selectApplicable(candidates, e.getArguments(), argTypes);
        // the method is known when it is applicable or the only one of its name and arity; else the arity picks one
        boolean known = chosen != null || candidates.stream()
                .filter(c -> Overloads.arityFits(c.method(), argTypes.size(), true)).count() == 1;
        if (chosen == null && !candidates.isEmpty()) {
            chosen = overloads.byArity(candidates, argTypes.size());
        }
        if (chosen != null) {
            if (known) {
                r.recordCall(chosen.method(), true, e);
            } else {
                r.recordMember(chosen.method().declaring(), EdgeKind.CALL, true);
            }
            r.observeCall(e, chosen.method().declaring());
            JType ret = complete(chosen, e.getArguments(), argTypes, explicit, f, List.of())
                    .result(chosen.method().returnType());
            if (name.equals("getClass") && e.getArguments().isEmpty() && receiver != null) {
                return new JType.Cls("java.lang.Class", List.of(new JType.Wild(Types.erasure(receiver), true)));
            }
            if (name.equals("clone") && receiver instanceof JType.Arr) {
                return receiver;
            }
            return ret;
        }
        walkPolyArgs(e.getArguments(), f);
        if (externalReceiver || unknownSuper[0]) {
            r.recordExternal(true);
            r.observeCall(e, externalName);
            return JType.UNKNOWN;
        }
        fallback(e, name, unknownReceiver || receiver == null);
        return JType.UNKNOWN;
    }

    private static boolean looksLikeType(String dotted) {
        String last = dotted.substring(dotted.lastIndexOf('.') + 1);
        return !last.isEmpty() && Character.isUpperCase(last.charAt(0)) && dotted.contains(".");
    }

    private void fallback(MethodCallExpr e, String name, boolean receiverUnknown) {
        int arity = e.getArguments().size();
        Set<String> declarers = r.index.methodDeclarers(name, arity);
        if (declarers.size() == 1) {
            String d = declarers.iterator().next();
            r.recordFallback(d, EdgeKind.CALL, true);
            r.observeCall(e, d);
        } else if (receiverUnknown && OBJECT_METHODS.contains(name + "/" + arity)) {
            r.recordMember("java.lang.Object", EdgeKind.CALL, true);
            r.observeCall(e, "java.lang.Object");
        } else if (receiverUnknown && declarers.isEmpty()) {
            // no project type declares such a method: whatever the receiver is, the call leaves the project
            r.recordExternal(true);
            r.observeCall(e, null);
        } else {
            r.recordUnresolved(receiverUnknown ? "unknown-receiver" : "method-not-found", true);
            r.observeCall(e, null);
        }
    }

    private List<JType> typeArgs(List<Type> args, Frame f) {
        if (args == null || args.isEmpty()) {
            return List.of();
        }
        List<JType> out = new ArrayList<>();
        args.forEach(t -> out.add(r.typeOf(t, f, EdgeKind.TYPE_USE)));
        return out;
    }

    /** Types the arguments that are not lambdas or method references (those get null, typed later). */
    private List<JType> argTypes(List<Expression> args, Frame f) {
        List<JType> out = new ArrayList<>(args.size());
        for (Expression a : args) {
            out.add(Overloads.isPoly(a) ? null : r.exprs.type(a, f, null));
        }
        return out;
    }

    private void walkPolyArgs(List<Expression> args, Frame f) {
        for (Expression a : args) {
            if (Overloads.isPoly(a)) {
                r.exprs.type(a, f, null);
            }
        }
    }

    /** Types the poly arguments against the chosen method and infers its type arguments from all arguments. */
    private Inference complete(Types.Candidate c, List<Expression> args, List<JType> argTypes, List<JType> explicit,
                               Frame f, List<JType.Var> classVars) {
        Inference inf = new Inference(r.types, c, explicit, classVars);
        for (int i = 0; i < args.size(); i++) {
            if (argTypes.get(i) != null) {
                inf.unify(Overloads.paramAt(c.method(), i, args.size()), argTypes.get(i));
            }
        }
        for (int i = 0; i < args.size(); i++) {
            if (argTypes.get(i) != null) {
                continue;
            }
            JType param = inf.current(Overloads.paramAt(c.method(), i, args.size()));
            Types.Sam sam = r.types.sam(param);
            Expression a = Overloads.unwrap(args.get(i));
            if (a instanceof LambdaExpr l) {
                JType result = functional.lambda(l, f, param);
                if (sam != null && result != null) {
                    inf.unifyInferred(sam.returnType(), result);
                }
            } else if (a instanceof MethodReferenceExpr m) {
                JType[] result = functional.methodRef(m, f, param);
                if (sam != null && result[0] != null) {
                    inf.unifyInferred(sam.returnType(), result[0]);
                }
                if (sam != null && result[1] != null && !sam.params().isEmpty()) {
                    inf.unifyInferred(sam.params().get(0), result[1]);
                }
            } else {
                r.exprs.type(args.get(i), f, param);
            }
        }
        return inf;
    }

    /** {@code new T(...)}, with an anonymous class body when present. */
    JType create(ObjectCreationExpr e, Frame f, JType target) {
        JType t;
        if (e.getScope().isPresent()) {
            JType outer = r.exprs.type(e.getScope().get(), f, null);
            JType.Cls oc = Types.classOf(outer);
            String member = oc == null ? null : r.index.memberType(oc.name(), e.getType().getNameAsString());
            t = member == null ? JType.UNKNOWN : JType.Cls.of(member);
            if (member != null) {
                r.recordMember(member, EdgeKind.NEW, false);
            } else {
                r.recordUnresolved("type-not-found", false);
            }
        } else {
            t = r.typeOf(e.getType(), f, EdgeKind.NEW);
        }
        if (t instanceof JType.Cls c && c.args().isEmpty() && e.getType().getTypeArguments().isPresent()
                && target instanceof JType.Cls tc) {
            JType.Cls sup = r.types.asSuper(c, tc.name());
            if (sup != null && c.name().equals(tc.name())) {
                t = tc;
            }
        }
        List<JType> argTypes = argTypes(e.getArguments(), f);
        JType.Cls c = Types.classOf(t);
        TypeInfo info = c == null ? null : r.types.info(c.name());
        boolean inferClass = c != null && c.args().isEmpty() && info != null && !info.typeParams().isEmpty()
                && e.getType().getTypeArguments().map(a -> a.isEmpty()).orElse(false);
        Types.Candidate chosen = null;
        if (info != null && !info.isInterface()) {
            List<Types.Candidate> ctors = new ArrayList<>();
            Map<String, JType> subst = inferClass ? Map.of() : r.types.substitution(c);
            info.constructors().forEach(m -> ctors.add(new Types.Candidate(m, subst)));
            chosen = ctors.isEmpty() ? null : overloads.select(ctors, e.getArguments(), argTypes);
        }
        if (chosen != null) {
            Inference inf = complete(chosen, e.getArguments(), argTypes, List.of(), f,
                    inferClass ? info.typeParams() : List.of());
            if (inferClass) {
                t = inf.result(info.selfType());
            }
        } else {
            walkPolyArgs(e.getArguments(), f);
        }
        if (e.getAnonymousClassBody().isPresent()) {
            return r.walker.anonymous(e, f);
        }
        return t;
    }

    /** Resolves the arguments of an enum constant against the enum's constructors. */
    void constructorArgs(TypeInfo owner, List<Expression> args, Frame f) {
        List<JType> argTypes = argTypes(args, f);
        List<Types.Candidate> ctors = new ArrayList<>();
        owner.constructors().forEach(m -> ctors.add(new Types.Candidate(m, Map.of())));
        Types.Candidate chosen = ctors.isEmpty() ? null : overloads.select(ctors, args, argTypes);
        if (chosen == null) {
            walkPolyArgs(args, f);
        } else {
            complete(chosen, args, argTypes, List.of(), f, List.of());
        }
    }

    /** {@code this(...)} or {@code super(...)} in a constructor. */
    void constructorCall(boolean isThis, List<Expression> args, Frame f) {
        Frame cf = f.classFrame();
        List<JType> argTypes = argTypes(args, f);
        JType.Cls owner = cf == null ? null : isThis ? cf.clazz().selfType()
                : r.types.supertypes(cf.clazz().selfType()).stream().findFirst().orElse(null);
        TypeInfo info = owner == null ? null : r.types.info(owner.name());
        if (info == null) {
            walkPolyArgs(args, f);
            if (owner != null) {
                r.recordExternal(false);
            }
            return;
        }
        List<Types.Candidate> ctors = new ArrayList<>();
        var subst = r.types.substitution(owner);
        info.constructors().forEach(m -> ctors.add(new Types.Candidate(m, subst)));
        Types.Candidate chosen = ctors.isEmpty() ? null : overloads.select(ctors, args, argTypes);
        if (chosen == null) {
            walkPolyArgs(args, f);
            r.recordUnresolved("constructor-not-found", false);
            return;
        }
        r.recordMember(owner.name(), EdgeKind.CALL, false);
        complete(chosen, args, argTypes, List.of(), f, List.of());
    }
}
