package dev.cleave.analyzer.internal.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.body.VariableDeclarator;
import dev.cleave.model.EdgeKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes the static type of every expression (JLS §15) and records the references it makes: fields, and
 * through {@link Calls} methods, constructors, lambdas and method references. Every subexpression is visited
 * exactly once. {@code target} is the type the context expects (assignment, argument, return), used for
 * lambdas, method references, diamonds and array initializers; it may be null.
 */
final class ExprTyper {
    private final FileResolver r;

    ExprTyper(FileResolver r) {
        this.r = r;
    }

    JType type(Expression e, Frame f, JType target) {
        if (e instanceof NameExpr n) {
            return value(name(n, f, false));
        } else if (e instanceof MethodCallExpr m) {
            return r.calls.call(m, f);
        } else if (e instanceof FieldAccessExpr fa) {
            return value(field(fa, f, false));
        } else if (e instanceof ObjectCreationExpr oc) {
            return r.calls.create(oc, f, target);
        } else if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
            return JType.STRING;
        } else if (e instanceof IntegerLiteralExpr) {
            return JType.INT;
        } else if (e instanceof LongLiteralExpr) {
            return JType.LONG;
        } else if (e instanceof DoubleLiteralExpr d) {
            String v = d.getValue();
            return v.endsWith("f") || v.endsWith("F") ? JType.FLOAT : JType.DOUBLE;
        } else if (e instanceof CharLiteralExpr) {
            return JType.CHAR;
        } else if (e instanceof BooleanLiteralExpr) {
            return JType.BOOLEAN;
        } else if (e instanceof NullLiteralExpr) {
            return JType.NULL;
        } else if (e instanceof ThisExpr t) {
            return thisType(t, f);
        } else if (e instanceof EnclosedExpr en) {
            return type(en.getInner(), f, target);
        } else if (e instanceof BinaryExpr b) {
            return binary(b, f);
        } else if (e instanceof UnaryExpr u) {
            JType t = type(u.getExpression(), f, null);
            return u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT ? JType.BOOLEAN : promote(t, JType.INT);
        } else if (e instanceof AssignExpr a) {
            JType t = type(a.getTarget(), f, null);
            type(a.getValue(), f, t);
            return t;
        } else if (e instanceof CastExpr c) {
            JType t = r.typeOf(c.getType(), f, EdgeKind.TYPE_USE);
            type(c.getExpression(), f, t);
            return t;
        } else if (e instanceof ConditionalExpr c) {
            type(c.getCondition(), f, JType.BOOLEAN);
            return conditional(type(c.getThenExpr(), f, target), type(c.getElseExpr(), f, target));
        } else if (e instanceof InstanceOfExpr i) {
            JType t = type(i.getExpression(), f, null);
            if (i.getPattern().isPresent()) {
                r.walker.pattern(i.getPattern().get(), f, t);
            } else {
                r.typeOf(i.getType(), f, EdgeKind.TYPE_USE);
            }
            return JType.BOOLEAN;
        } else if (e instanceof ArrayAccessExpr a) {
            JType t = type(a.getName(), f, null);
            type(a.getIndex(), f, JType.INT);
            return t instanceof JType.Arr arr ? arr.component() : JType.UNKNOWN;
        } else if (e instanceof ArrayCreationExpr a) {
            JType t = r.typeOf(a.getElementType(), f, EdgeKind.TYPE_USE);
            for (var level : a.getLevels()) {
                level.getDimension().ifPresent(d -> type(d, f, JType.INT));
                t = new JType.Arr(t);
            }
            JType result = t;
            a.getInitializer().ifPresent(i -> type(i, f, result));
            return t;
        } else if (e instanceof ArrayInitializerExpr a) {
            JType component = target instanceof JType.Arr arr ? arr.component() : null;
            a.getValues().forEach(v -> type(v, f, component));
            return target != null ? target : JType.UNKNOWN;
        } else if (e instanceof ClassExpr c) {
            JType t = r.typeOf(c.getType(), f, EdgeKind.TYPE_USE);
            return new JType.Cls("java.lang.Class", List.of(Types.box(t)));
        } else if (e instanceof VariableDeclarationExpr v) {
            declare(v, f);
            return JType.VOID;
        } else if (e instanceof LambdaExpr l) {
            r.calls.functional.lambda(l, f, target);
            return target != null ? target : JType.UNKNOWN;
        } else if (e instanceof MethodReferenceExpr m) {
            r.calls.functional.methodRef(m, f, target);
            return target != null ? target : JType.UNKNOWN;
        } else if (e instanceof SwitchExpr s) {
            return switchExpr(s, f, target);
        } else if (e instanceof SuperExpr s) {
            return superType(s, f);
        } else if (e instanceof AnnotationExpr a) {
            annotation(a, f);
            return JType.UNKNOWN;
        } else if (e instanceof TypeExpr t) {
            return r.typeOf(t.getType(), f, EdgeKind.TYPE_USE);
        }
        for (Node child : e.getChildNodes()) {
            if (child instanceof Expression ce) {
                type(ce, f, null);
            }
        }
        return JType.UNKNOWN;
    }

    /** A name or field access that is a value; packages and type names in value position become unknown. */
    private JType value(JType t) {
        return t instanceof JType.Pkg || t instanceof JType.TypeName ? JType.UNKNOWN : t;
    }

    /** Types an expression that may also name a type or a package (the scope of a call or field access). */
    JType scopeType(Expression e, Frame f) {
        if (e instanceof NameExpr n) {
            return name(n, f, true);
        } else if (e instanceof FieldAccessExpr fa) {
            return field(fa, f, true);
        } else if (e instanceof TypeExpr t) {
            return new JType.TypeName(asCls(r.typeOf(t.getType(), f, EdgeKind.TYPE_USE)));
        }
        return type(e, f, null);
    }

    private static JType.Cls asCls(JType t) {
        return t instanceof JType.Cls c ? c : JType.OBJECT;
    }

    /** A simple name: local, field (also of enclosing classes), static import, type, or package. */
    JType name(NameExpr e, Frame f, boolean typeOrPackage) {
        String n = e.getNameAsString();
        boolean[] unknownSuper = new boolean[1];
        for (Frame fr = f; fr != null; fr = fr.parent()) {
            JType local = fr.local(n);
            if (local != null) {
                return local;
            }
            if (fr.clazz() != null) {
                Types.FieldHit hit = r.types.field(fr.clazz().selfType(), n, unknownSuper);
                if (hit != null) {
                    r.recordMember(hit.field().declaring(), EdgeKind.FIELD, false);
                    return hit.type();
                }
            }
        }
        boolean unknownImport = false;
        for (String owner : r.scope.staticImportOwners(n)) {
            String bin = r.index.resolveQualified(owner);
            if (bin == null) {
                unknownImport = true;
                continue;
            }
            Types.FieldHit hit = r.types.field(JType.Cls.of(bin), n, unknownSuper);
            if (hit != null) {
                r.recordMember(hit.field().declaring(), EdgeKind.FIELD, false);
                return hit.type();
            }
        }
        JType t = f.simpleType(n);
        if (t instanceof JType.Cls c) {
            return new JType.TypeName(c);
        }
        if (typeOrPackage && Character.isUpperCase(n.charAt(0))) {
            NameHit hit = r.resolver.resolveName(List.of(n), f);
            if (hit.resolved()) {
                return new JType.TypeName(JType.Cls.of(hit.name()));
            }
        }
        if (typeOrPackage && r.index.isPackagePrefix(n)) {
            return new JType.Pkg(n);
        }
        if (unknownSuper[0] || unknownImport) {
            r.recordExternal(false);
            return JType.UNKNOWN;
        }
        if (typeOrPackage) {
            return new JType.Pkg(n);
        }
        r.recordUnresolved("name-not-found", false);
        return JType.UNKNOWN;
    }

    /** A field access, or a qualified type or package name. */
    JType field(FieldAccessExpr e, Frame f, boolean typeOrPackage) {
        String n = e.getNameAsString();
        JType st = e.getScope() instanceof SuperExpr s ? superType(s, f) : scopeType(e.getScope(), f);
        if (st instanceof JType.Pkg p) {
            String bin = r.index.typeInPackage(p.name(), n);
            if (bin != null) {
                return new JType.TypeName(JType.Cls.of(bin));
            }
            if (typeOrPackage) {
                return new JType.Pkg(p.name() + "." + n);
            }
            r.recordUnresolved("name-not-found", false);
            return JType.UNKNOWN;
        }
        if (st instanceof JType.Arr && n.equals("length")) {
            return JType.INT;
        }
        JType.Cls c = Types.classOf(st);
        if (c == null) {
            if (r.index.declaresField(n)) {
                r.recordUnresolved("unknown-receiver", false);
            } else {
                r.recordExternal(false);
            }
            return JType.UNKNOWN;
        }
        if (r.types.info(c.name()) == null) {
            r.recordExternal(false);
            return JType.UNKNOWN;
        }
        boolean[] unknownSuper = new boolean[1];
        Types.FieldHit hit = r.types.field(c, n, unknownSuper);
        if (hit != null) {
            r.recordMember(hit.field().declaring(), EdgeKind.FIELD, false);
            return hit.type();
        }
        if (st instanceof JType.TypeName) {
            String member = r.index.memberType(c.name(), n);
            TypeInfo ti = r.types.info(c.name());
            if (member == null && ti != null) {
                member = ti.memberTypes().get(n);
            }
            if (member != null) {
                return new JType.TypeName(JType.Cls.of(member));
            }
        }
        if (unknownSuper[0] || !r.types.info(c.name()).isSource()) {
            r.recordExternal(false);
        } else {
            r.recordUnresolved("field-not-found", false);
        }
        return JType.UNKNOWN;
    }

    JType thisType(ThisExpr t, Frame f) {
        if (t.getTypeName().isPresent()) {
            String name = t.getTypeName().get().getIdentifier();
            for (Frame cf : f.classFrames()) {
                if (simpleName(cf.clazz()).equals(name)) {
                    return cf.clazz().selfType();
                }
            }
        }
        Frame cf = f.classFrame();
        return cf == null ? JType.UNKNOWN : cf.clazz().selfType();
    }

    private static String simpleName(TypeInfo t) {
        String b = t.binaryName();
        return b.substring(Math.max(b.lastIndexOf('.'), b.lastIndexOf('$')) + 1);
    }

    /** The type {@code super} stands for: the superclass, or the named interface / outer class's superclass. */
    JType superType(SuperExpr s, Frame f) {
        Frame cf = f.classFrame();
        if (s.getTypeName().isPresent()) {
            String name = s.getTypeName().get().asString();
            for (Frame c : f.classFrames()) {
                if (simpleName(c.clazz()).equals(name)) {
                    cf = c;
                    break;
                }
            }
            if (cf == f.classFrame()) {
                JType named = r.resolver.resolve(new TypeRef.Named(List.of(name.split("\\.")),
                        List.of(), false), f, TypeResolver.Listener.NONE);
                TypeInfo ni = named instanceof JType.Cls nc ? r.types.info(nc.name()) : null;
                if (ni != null && ni.isInterface()) {
                    return named;
                }
            }
        }
        if (cf == null) {
            return JType.UNKNOWN;
        }
        List<JType.Cls> supers = r.types.supertypes(cf.clazz().selfType());
        return supers.isEmpty() ? JType.OBJECT : supers.get(0);
    }

    private JType binary(BinaryExpr b, Frame f) {
        JType l = type(b.getLeft(), f, null);
        JType rt = type(b.getRight(), f, null);
        switch (b.getOperator()) {
            case OR, AND, EQUALS, NOT_EQUALS, LESS, GREATER, LESS_EQUALS, GREATER_EQUALS:
                return JType.BOOLEAN;
            case PLUS:
                if (JType.STRING.equals(l) || JType.STRING.equals(rt)) {
                    return JType.STRING;
                }
                return promote(l, rt);
            case BINARY_AND, BINARY_OR, XOR:
                if (Types.unbox(l) == JType.BOOLEAN || Types.unbox(rt) == JType.BOOLEAN) {
                    return JType.BOOLEAN;
                }
                return promote(l, rt);
            case LEFT_SHIFT, SIGNED_RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT:
                return promote(l, JType.INT);
            default:
                return promote(l, rt);
        }
    }

    /** Binary numeric promotion (JLS §5.6). */
    static JType promote(JType a, JType b) {
        JType ua = Types.unbox(a);
        JType ub = Types.unbox(b);
        if (!(ua instanceof JType.Prim) || !(ub instanceof JType.Prim)) {
            return JType.UNKNOWN;
        }
        for (JType.Prim p : List.of(JType.DOUBLE, JType.FLOAT, JType.LONG)) {
            if (ua == p || ub == p) {
                return p;
            }
        }
        return ua == JType.BOOLEAN ? JType.BOOLEAN : JType.INT;
    }

    private JType conditional(JType a, JType b) {
        if (a == JType.NULL || a == JType.UNKNOWN) {
            return b == JType.NULL ? a : b;
        }
        if (b == JType.NULL || b == JType.UNKNOWN) {
            return a;
        }
        if (Types.unbox(a) instanceof JType.Prim && Types.unbox(b) instanceof JType.Prim
                && (a instanceof JType.Prim || b instanceof JType.Prim)) {
            JType p = promote(a, b);
            return p == JType.UNKNOWN ? a : Types.unbox(a).equals(Types.unbox(b)) ? Types.unbox(a) : p;
        }
        if (r.types.assignable(b, a, false)) {
            return a;
        }
        return r.types.assignable(a, b, false) ? b : a;
    }

    private JType switchExpr(SwitchExpr s, Frame f, JType target) {
        JType selector = type(s.getSelector(), f, null);
        List<JType> results = new ArrayList<>();
        r.walker.switchEntries(selector, s.getEntries(), f, results, target);
        JType t = JType.UNKNOWN;
        for (JType res : results) {
            t = t == JType.UNKNOWN ? res : conditional(t, res);
        }
        return t;
    }

    /** Declares local variables (with {@code var} inferred from the initializer). */
    void declare(VariableDeclarationExpr v, Frame f) {
        v.getAnnotations().forEach(a -> annotation(a, f));
        for (VariableDeclarator d : v.getVariables()) {
            TypeRef ref = TypeRef.of(d.getType());
            JType declared = ref instanceof TypeRef.Inferred ? null : r.typeOf(ref, f, EdgeKind.TYPE_USE);
            JType init = d.getInitializer().map(i -> type(i, f, declared)).orElse(JType.UNKNOWN);
            f.declare(d.getNameAsString(), declared != null ? declared : init == JType.NULL ? JType.UNKNOWN : init);
        }
    }

    /** Records an annotation use and resolves its arguments. */
    void annotation(AnnotationExpr a, Frame f) {
        List<String> names = List.of(a.getNameAsString().split("\\."));
        NameHit hit = r.resolver.resolveName(names, f);
        r.recordType(hit, EdgeKind.ANNOTATION);
        if (a instanceof SingleMemberAnnotationExpr s) {
            type(s.getMemberValue(), f, null);
        } else if (a instanceof NormalAnnotationExpr n) {
            n.getPairs().forEach(p -> type(p.getValue(), f, null));
        }
    }
}
