package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Mutable state that would not survive running several replicas. A field holds state when, outside constructors,
 * initializers and injection/{@code @PostConstruct} methods, it is assigned ({@code =}, {@code +=}, {@code ++})
 * or changed through a mutator ({@code put}, {@code add}, {@code incrementAndGet}...), or when it is a non-final
 * static field whose name is not constant-like (UPPER_CASE). Loggers and injected fields ({@code @Autowired},
 * {@code @Inject}, {@code @Resource}, {@code @PersistenceContext}, {@code @Value}...) never hold state. Static
 * state makes any type stateful; instance state only a singleton-scoped one (decided by the caller).
 */
final class StateRules {
    /** The state found: whether some static field holds it, and which instance fields do. */
    record State(boolean staticState, Set<String> instanceFields) {
    }

    private static final Set<String> MUTATORS = Set.of("put", "putAll", "putIfAbsent", "add", "addAll", "remove",
            "removeAll", "removeIf", "retainAll", "clear", "set", "compute", "computeIfAbsent", "computeIfPresent",
            "merge", "replace", "replaceAll", "offer", "push", "poll", "pop", "incrementAndGet", "decrementAndGet",
            "getAndIncrement", "getAndDecrement", "addAndGet", "getAndAdd", "getAndSet", "lazySet",
            "accumulateAndGet", "updateAndGet", "increment", "decrement", "addFirst", "addLast");

    private StateRules() {
    }

    static State of(TypeContext ctx) {
        Set<String> changed = changedFields(ctx);
        boolean staticState = false;
        Set<String> instance = new TreeSet<>();
        for (FieldDeclaration field : ctx.type.findAll(FieldDeclaration.class)) {
            if (isLoggerOrInjected(ctx, field)) {
                continue;
            }
            boolean topLevel = field.getParentNode().filter(p -> p == ctx.type).isPresent();
            for (VariableDeclarator v : field.getVariables()) {
                String name = v.getNameAsString();
                if (field.isStatic()) {
                    staticState |= changed.contains(name) || !field.isFinal() && !isConstantName(name);
                } else if (topLevel && changed.contains(name)) {
                    instance.add(name);
                }
            }
        }
        return new State(staticState, instance);
    }

    private static boolean isLoggerOrInjected(TypeContext ctx, FieldDeclaration field) {
        String type = field.getElementType().asString();
        return type.endsWith("Logger") || type.equals("Log") || type.endsWith(".Log")
                || field.getAnnotations().stream().anyMatch(a -> KnownTypes.INJECTION.contains(ctx.name(a)));
    }

    private static boolean isConstantName(String name) {
        return name.equals(name.toUpperCase(java.util.Locale.ROOT)) && name.chars().anyMatch(Character::isLetter);
    }

    /** Field names assigned or mutated in ordinary methods (lambdas and inner classes included). */
    private static Set<String> changedFields(TypeContext ctx) {
        Set<String> changed = new HashSet<>();
        for (AssignExpr e : ctx.type.findAll(AssignExpr.class)) {
            fieldName(e.getTarget()).filter(n -> isRuntime(ctx, e, n)).ifPresent(changed::add);
        }
        for (UnaryExpr e : ctx.type.findAll(UnaryExpr.class)) {
            if (e.getOperator().isPostfix() || e.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
                    || e.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT) {
                fieldName(e.getExpression()).filter(n -> isRuntime(ctx, e, n)).ifPresent(changed::add);
            }
        }
        for (MethodCallExpr call : ctx.type.findAll(MethodCallExpr.class)) {
            if (MUTATORS.contains(call.getNameAsString())) {
                call.getScope().flatMap(StateRules::fieldName).filter(n -> isRuntime(ctx, call, n))
                        .ifPresent(changed::add);
            }
        }
        return changed;
    }

    /** {@code x}, {@code this.x} or {@code Type.x}: the field name; empty for anything else. */
    private static Optional<String> fieldName(Expression e) {
        if (e.isNameExpr()) {
            return Optional.of(e.asNameExpr().getNameAsString());
        }
        if (e.isFieldAccessExpr() && (e.asFieldAccessExpr().getScope().isThisExpr()
                || e.asFieldAccessExpr().getScope().isNameExpr())) {
            return Optional.of(e.asFieldAccessExpr().getNameAsString());
        }
        return Optional.empty();
    }

    /** Whether the change happens at run time: in a method that is not an initializer and does not shadow the name. */
    private static boolean isRuntime(TypeContext ctx, Node at, String name) {
        Optional<Node> owner = at.findAncestor(n -> n instanceof CallableDeclaration<?>
                || n instanceof InitializerDeclaration || n instanceof FieldDeclaration, Node.class);
        if (owner.isEmpty() || !(owner.get() instanceof MethodDeclaration m)) {
            return false;
        }
        boolean setup = m.getAnnotations().stream().anyMatch(a -> KnownTypes.INJECTION.contains(ctx.name(a))
                || ctx.isEe(a, "annotation.PostConstruct") || ctx.is(a, "org.springframework.beans.factory.annotation.Required"));
        return !setup && !shadows(m, name, at);
    }

    private static boolean shadows(MethodDeclaration m, String name, Node at) {
        boolean param = m.getParameters().stream().map(Parameter::getNameAsString).anyMatch(name::equals);
        boolean local = m.findAll(VariableDeclarator.class).stream().anyMatch(v -> v.getNameAsString().equals(name)
                && v.getParentNode().filter(p -> !(p instanceof FieldDeclaration)).isPresent());
        boolean qualified = at.findAll(Expression.class).stream().anyMatch(e -> e.isFieldAccessExpr()
                && e.asFieldAccessExpr().getScope().isThisExpr() && e.asFieldAccessExpr().getNameAsString().equals(name));
        return (param || local) && !qualified;
    }
}
