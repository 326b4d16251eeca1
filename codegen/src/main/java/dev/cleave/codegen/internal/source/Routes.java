package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The URL paths a controller serves, read from its Spring MVC mapping annotations: the class-level
 * {@code @RequestMapping} prefix joined with each handler method's path. Paths keep their {@code {variables}}.
 */
public final class Routes {
    private static final Map<String, String> METHOD_ANNOTATIONS = Map.of("GetMapping", "GET", "PostMapping", "POST",
            "PutMapping", "PUT", "DeleteMapping", "DELETE", "PatchMapping", "PATCH", "RequestMapping", "*");

    private Routes() {
    }

    /** Sorted paths served by {@code type}; empty when it is not a controller. */
    public static Set<String> of(SourceType type) {
        Set<String> paths = new TreeSet<>();
        if (!type.hasAnnotation("RestController") && !type.hasAnnotation("Controller")) {
            return paths;
        }
        List<String> prefixes = type.declaration().getAnnotations().stream()
                .filter(a -> a.getName().getIdentifier().equals("RequestMapping")).findFirst()
                .map(Routes::paths).orElse(List.of(""));
        for (MethodDeclaration m : type.declaration().getMethods()) {
            for (AnnotationExpr a : m.getAnnotations()) {
                if (METHOD_ANNOTATIONS.containsKey(a.getName().getIdentifier())) {
                    for (String prefix : prefixes.isEmpty() ? List.of("") : prefixes) {
                        List<String> own = paths(a);
                        for (String path : own.isEmpty() ? List.of("") : own) {
                            paths.add(join(prefix, path));
                        }
                    }
                }
            }
        }
        return paths;
    }

    private static String join(String prefix, String path) {
        String joined = (prefix.startsWith("/") || prefix.isEmpty() ? prefix : "/" + prefix)
                + (path.isEmpty() || path.startsWith("/") ? path : "/" + path);
        return joined.isEmpty() ? "/" : joined;
    }

    private static List<String> paths(AnnotationExpr a) {
        List<String> found = new ArrayList<>();
        if (a instanceof SingleMemberAnnotationExpr s) {
            literals(s.getMemberValue(), found);
        } else if (a instanceof NormalAnnotationExpr n) {
            n.getPairs().stream().filter(p -> p.getNameAsString().equals("value") || p.getNameAsString().equals("path"))
                    .forEach(p -> literals(p.getValue(), found));
        }
        return found;
    }

    private static void literals(Expression e, List<String> into) {
        if (e instanceof StringLiteralExpr s) {
            into.add(s.getValue());
        } else if (e instanceof ArrayInitializerExpr array) {
            array.getValues().forEach(v -> literals(v, into));
        } else if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            List<String> left = new ArrayList<>();
            List<String> right = new ArrayList<>();
            literals(b.getLeft(), left);
            literals(b.getRight(), right);
            if (left.size() == 1 && right.size() == 1) {
                into.add(left.get(0) + right.get(0));
            }
        }
    }
}
