package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.Type;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the methods that a file calls on fields, parameters and local variables whose declared type is one of a set
 * of monolith types ({@code service.find(id)}, {@code mapper::toDto}).
 */
final class CallSites {
    /** Arity recorded for a method reference: any overload may be meant. */
    static final int ANY_ARITY = -1;

    private CallSites() {
    }

    /** For each target type: method name → arities used (ANY_ARITY for method references). */
    static Map<String, Map<String, Set<Integer>>> find(SourceType file, Set<String> targets, NameResolver names) {
        Map<String, Map<String, Set<Integer>>> uses = new TreeMap<>();
        for (MethodCallExpr call : file.unit().findAll(MethodCallExpr.class)) {
            call.getScope().ifPresent(scope -> typeOf(scope, file, names).filter(targets::contains).ifPresent(t ->
                    record(uses, t, call.getNameAsString(), call.getArguments().size())));
        }
        for (MethodReferenceExpr ref : file.unit().findAll(MethodReferenceExpr.class)) {
            typeOf(ref.getScope(), file, names).filter(targets::contains).ifPresent(t ->
                    record(uses, t, ref.getIdentifier(), ANY_ARITY));
        }
        return uses;
    }

    /**
     * One call of a method of a target type.
     *
     * @param type      the target type
     * @param method    the method called
     * @param line      where, in the calling file
     * @param caller    the method or constructor the call is in, when it is in one
     */
    record Site(String type, String method, int line, Optional<CallableDeclaration<?>> caller) {
    }

    /** Every call of a method of the target types in a file, in source order. */
    static java.util.List<Site> sites(SourceType file, Set<String> targets, NameResolver names) {
        java.util.List<Site> sites = new java.util.ArrayList<>();
        for (MethodCallExpr call : file.unit().findAll(MethodCallExpr.class)) {
            call.getScope().ifPresent(scope -> typeOf(scope, file, names).filter(targets::contains).ifPresent(t ->
                    sites.add(new Site(t, call.getNameAsString(), call.getBegin().map(p -> p.line).orElse(0),
                            Ancestors.nearest(call, n -> n instanceof CallableDeclaration<?>)
                                    .map(c -> (CallableDeclaration<?>) c)))));
        }
        return sites;
    }

    private static void record(Map<String, Map<String, Set<Integer>>> uses, String type, String method, int arity) {
        uses.computeIfAbsent(type, k -> new TreeMap<>()).computeIfAbsent(method, k -> new TreeSet<>()).add(arity);
    }

    /** The monolith type a call's receiver is declared with (a field, parameter or local variable), when it is one. */
    static Optional<String> typeOfScope(Expression scope, SourceType file, NameResolver names) {
        return typeOf(scope, file, names);
    }

    private static Optional<String> typeOf(Expression scope, SourceType file, NameResolver names) {
        String variable = null;
        if (scope instanceof NameExpr n) {
            variable = n.getNameAsString();
        } else if (scope instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
            variable = f.getNameAsString();
        }
        if (variable == null) {
            return Optional.empty();
        }
        return declaredType(scope, variable).filter(Type::isClassOrInterfaceType)
                .map(t -> names.resolve(file.unit(), t.asClassOrInterfaceType().getNameWithScope()));
    }

    /** The declared type of the nearest parameter, local variable or field named {@code name}. */
    private static Optional<Type> declaredType(Node from, String name) {
        for (Node n = from.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            Optional<Type> found = declaredIn(n, name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Type> declaredIn(Node n, String name) {
        if (n instanceof LambdaExpr lambda) {
            return parameter(lambda.getParameters(), name);
        }
        if (n instanceof CallableDeclaration<?> callable) {
            Optional<Type> p = parameter(callable.getParameters(), name);
            return p.isPresent() ? p : callable.findAll(VariableDeclarator.class).stream()
                    .filter(v -> v.getNameAsString().equals(name) && !v.getType().isVarType())
                    .map(VariableDeclarator::getType).findFirst();
        }
        if (n instanceof TypeDeclaration<?> type) {
            return type.getMembers().stream().filter(m -> m instanceof FieldDeclaration)
                    .flatMap(m -> ((FieldDeclaration) m).getVariables().stream())
                    .filter(v -> v.getNameAsString().equals(name)).map(VariableDeclarator::getType).findFirst();
        }
        return Optional.empty();
    }

    private static Optional<Type> parameter(Iterable<Parameter> parameters, String name) {
        for (Parameter p : parameters) {
            if (p.getNameAsString().equals(name) && !p.getType().isUnknownType() && !p.getType().isVarType()) {
                return Optional.of(p.getType());
            }
        }
        return Optional.empty();
    }
}
