package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Evaluates string expressions of one compilation unit as far as the source tells: literals, text blocks,
 * {@code +} concatenation, local variables with initializers and fields of the file's own types (constants).
 * Parts it cannot tell are replaced by what the caller asks (a SQL placeholder, a path variable).
 */
final class StringValues {
    private static final int MAX_DEPTH = 8;
    private static final Set<String> SAME_TEXT = Set.of("trim", "strip", "intern", "stripIndent");

    private final Map<String, Expression> fields = new HashMap<>();
    /** Bodies (by identity: nodes compare by content) to their local variables, see {@link #locals}. */
    private final Map<Node, Map<String, Optional<Expression>>> locals = new IdentityHashMap<>();

    StringValues(CompilationUnit cu) {
        for (FieldDeclaration field : cu.findAll(FieldDeclaration.class)) {
            for (VariableDeclarator v : field.getVariables()) {
                v.getInitializer().ifPresent(init -> fields.putIfAbsent(v.getNameAsString(), init));
            }
        }
    }

    /** The text, unknown parts as {@code " ? "}; null when no part of it is known. */
    String sql(Expression e) {
        return eval(e, x -> null, 0);
    }

    /** The text, unknown parts as {@code {expression}}. */
    String path(Expression e) {
        String value = eval(e, x -> "{" + x + "}", 0);
        return value != null ? value : "{" + e + "}";
    }

    private String eval(Expression e, Function<Expression, String> unknown, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (e.isStringLiteralExpr()) {
            return e.asStringLiteralExpr().asString();
        }
        if (e.isTextBlockLiteralExpr()) {
            return e.asTextBlockLiteralExpr().asString();
        }
        if (e.isEnclosedExpr()) {
            return eval(e.asEnclosedExpr().getInner(), unknown, depth + 1);
        }
        if (e.isBinaryExpr() && e.asBinaryExpr().getOperator() == BinaryExpr.Operator.PLUS) {
            return concat(e.asBinaryExpr(), unknown, depth);
        }
        if (e.isNameExpr()) {
            return variable(e.asNameExpr().getNameAsString(), e).map(x -> eval(x, unknown, depth + 1)).orElse(null);
        }
        if (e.isFieldAccessExpr() && e.asFieldAccessExpr().getScope().isThisExpr()
                || e.isFieldAccessExpr() && e.asFieldAccessExpr().getScope().isNameExpr()) {
            Expression init = fields.get(e.asFieldAccessExpr().getNameAsString());
            return init == null ? null : eval(init, unknown, depth + 1);
        }
        if (e.isMethodCallExpr() && SAME_TEXT.contains(e.asMethodCallExpr().getNameAsString())) {
            return e.asMethodCallExpr().getScope().map(s -> eval(s, unknown, depth + 1)).orElse(null);
        }
        return null;
    }

    private String concat(BinaryExpr e, Function<Expression, String> unknown, int depth) {
        String left = eval(e.getLeft(), unknown, depth + 1);
        String right = eval(e.getRight(), unknown, depth + 1);
        if (left == null && right == null) {
            return null;
        }
        return orUnknown(left, e.getLeft(), unknown) + orUnknown(right, e.getRight(), unknown);
    }

    private static String orUnknown(String value, Expression e, Function<Expression, String> unknown) {
        if (value != null) {
            return value;
        }
        String stand = unknown.apply(e);
        return stand != null ? stand : " ? ";
    }

    /** The initializer of a local variable in scope (the nearest enclosing body), else of a field. */
    private Optional<Expression> variable(String name, Node at) {
        Optional<Node> body = Ancestors.nearest(at,
                n -> n instanceof CallableDeclaration<?> || n instanceof LambdaExpr);
        while (body.isPresent()) {
            Optional<Expression> local = locals(body.get()).getOrDefault(name, Optional.empty());
            if (local.isPresent()) {
                return local;
            }
            body = Ancestors.nearest(body.get(),
                    n -> n instanceof CallableDeclaration<?> || n instanceof LambdaExpr);
        }
        return Optional.ofNullable(fields.get(name));
    }

    /**
     * The local variables declared in a body, each name with the initializer of its first declaration in the body
     * (pre-order, nested bodies included), found once per body: a body of n nodes with m names to evaluate cost
     * m walks of n nodes before, which made long methods quadratic.
     */
    private Map<String, Optional<Expression>> locals(Node body) {
        return locals.computeIfAbsent(body, b -> {
            Map<String, Optional<Expression>> first = new HashMap<>();
            for (VariableDeclarator v : b.findAll(VariableDeclarator.class)) {
                if (v.getParentNode().filter(p -> p instanceof VariableDeclarationExpr).isPresent()) {
                    first.putIfAbsent(v.getNameAsString(), v.getInitializer());
                }
            }
            return first;
        });
    }
}
