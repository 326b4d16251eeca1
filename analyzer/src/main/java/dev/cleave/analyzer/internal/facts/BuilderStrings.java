package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Text assembled in a local {@code StringBuilder}/{@code StringBuffer}: its constructor argument and every
 * {@code append} on the variable in the method, in source order (appends under conditions included, so the
 * text holds all optional parts). Unknown parts become {@code " ? "}.
 */
final class BuilderStrings {
    private static final Set<String> BUILDERS = Set.of("StringBuilder", "StringBuffer");

    private BuilderStrings() {
    }

    /** The assembled text of each builder variable declared in the type's methods. */
    static List<String> of(TypeContext ctx) {
        List<String> texts = new ArrayList<>();
        for (VariableDeclarator v : ctx.all(VariableDeclarator.class)) {
            Optional<Node> body = Ancestors.nearest(v, n -> n instanceof CallableDeclaration<?>);
            if (BUILDERS.contains(v.getTypeAsString()) && body.isPresent()) {
                texts.add(text(ctx, v, body.get()));
            }
        }
        return texts;
    }

    private static String text(TypeContext ctx, VariableDeclarator v, Node body) {
        List<Expression> parts = new ArrayList<>();
        v.getInitializer().ifPresent(init -> {
            init.findAll(ObjectCreationExpr.class).stream()
                    .filter(n -> BUILDERS.contains(n.getType().getNameAsString()) && n.getArguments().size() == 1)
                    .forEach(n -> parts.add(n.getArgument(0)));
            init.findAll(MethodCallExpr.class).stream().filter(BuilderStrings::isAppend)
                    .forEach(c -> parts.add(c.getArgument(0)));
        });
        for (MethodCallExpr call : body.findAll(MethodCallExpr.class)) {
            if (isAppend(call) && root(call).filter(r -> r.isNameExpr()
                    && r.asNameExpr().getNameAsString().equals(v.getNameAsString())).isPresent()) {
                parts.add(call.getArgument(0));
            }
        }
        parts.sort(Comparator.comparing(e -> e.getBegin().orElse(Position.HOME)));
        StringBuilder text = new StringBuilder();
        for (Expression part : parts) {
            String value = ctx.strings.sql(part);
            text.append(value != null ? value : " ? ");
        }
        return text.toString();
    }

    private static boolean isAppend(MethodCallExpr call) {
        return call.getNameAsString().equals("append") && call.getArguments().size() == 1;
    }

    /** The expression an append chain starts from ({@code sb} in {@code sb.append(a).append(b)}). */
    private static Optional<Expression> root(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope();
        while (scope.isPresent() && scope.get().isMethodCallExpr() && isAppend(scope.get().asMethodCallExpr())) {
            scope = scope.get().asMethodCallExpr().getScope();
        }
        return scope;
    }
}
