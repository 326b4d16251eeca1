package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL paths a controller serves, read from its Spring MVC mapping annotations as Spring MVC merges them: the
 * class-level {@code @RequestMapping} prefix of the controller, else of the first supertype that has one, joined with
 * the path of each handler method. A method's mapping is its own, else that of the nearest method of the same
 * signature in its supertypes; methods the controller inherits unchanged count too. Only supertypes in the sources
 * are seen. Paths keep their {@code {variables}}; a {@code ${key:default}} placeholder is read as its default.
 */
public final class Routes {
    private static final Map<String, String> METHOD_ANNOTATIONS = Map.of("GetMapping", "GET", "PostMapping", "POST",
            "PutMapping", "PUT", "DeleteMapping", "DELETE", "PatchMapping", "PATCH", "RequestMapping", "*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}:]*:([^}]*)}");

    private Routes() {
    }

    /** Sorted paths served by {@code type}, its supertypes looked up in {@code types}; empty for no controller. */
    public static Set<String> of(SourceType type, Map<String, SourceType> types) {
        Set<String> paths = new TreeSet<>();
        if (!isController(type)) {
            return paths;
        }
        TypeHierarchy hierarchy = new TypeHierarchy(types);
        List<String> prefixes = hierarchy.search(type.declaration()).stream()
                .flatMap(t -> t.getAnnotations().stream())
                .filter(a -> a.getName().getIdentifier().equals("RequestMapping")).findFirst()
                .map(a -> paths(a, hierarchy)).orElse(List.of(""));
        for (MethodDeclaration m : handlers(type.declaration(), hierarchy)) {
            for (AnnotationExpr a : mappings(m)) {
                for (String prefix : prefixes.isEmpty() ? List.of("") : prefixes) {
                    List<String> own = paths(a, hierarchy);
                    for (String path : own.isEmpty() ? List.of("") : own) {
                        paths.add(join(prefix, path));
                    }
                }
            }
        }
        return paths;
    }

    /**
     * The paths Spring Data REST serves for a repository it exports, under {@code basePath}
     * ({@code spring.data.rest.base-path}): its collection and everything below it ({@code /products},
     * {@code /products/**}: items, associations, searches) and its ALPS profile ({@code /profile/products}). The path
     * is {@code @RepositoryRestResource(path = ...)}, else the domain type's simple name, plural, first letter lower
     * case ({@code Category} gives {@code categories}). A repository is exported when it is a public interface
     * extending a Spring Data repository and not marked {@code exported = false} (Spring Data REST's default
     * detection). Empty for anything else.
     */
    public static Set<String> dataRest(SourceType type, String basePath) {
        Set<String> paths = new TreeSet<>();
        if (!(type.declaration() instanceof ClassOrInterfaceDeclaration c) || !c.isInterface()) {
            return paths;
        }
        Optional<AnnotationExpr> resource = c.getAnnotations().stream()
                .filter(a -> a.getName().getIdentifier().equals("RepositoryRestResource")).findFirst();
        String explicit = null;
        if (resource.isPresent() && resource.get() instanceof NormalAnnotationExpr n) {
            for (var pair : n.getPairs()) {
                if (pair.getNameAsString().equals("exported") && pair.getValue().toString().equals("false")) {
                    return paths;
                }
                if (pair.getNameAsString().equals("path") && pair.getValue() instanceof StringLiteralExpr literal) {
                    explicit = literal.getValue();
                }
            }
        }
        if (!c.isPublic() && resource.isEmpty()) {
            return paths;
        }
        String domain = c.getExtendedTypes().stream().filter(e -> e.getNameAsString().endsWith("Repository"))
                .flatMap(e -> e.getTypeArguments().stream().flatMap(List::stream)).findFirst()
                .filter(t -> t.isClassOrInterfaceType())
                .map(t -> t.asClassOrInterfaceType().getName().getIdentifier()).orElse(null);
        if (domain == null && explicit == null) {
            return paths;
        }
        String path = explicit != null ? explicit.replaceAll("^/+|/+$", "")
                : Character.toLowerCase(domain.charAt(0)) + plural(domain.substring(1));
        String base = basePath == null ? "" : basePath.strip().replaceAll("/+$", "");
        paths.add(join(base, path));
        paths.add(join(base, path) + "/**");
        paths.add(join(base, "profile/" + path));
        return paths;
    }

    /** English plural of a name's tail, as Spring Data REST's inflector makes it for the usual cases. */
    static String plural(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.matches(".*[^aeiou]y")) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (lower.matches(".*(s|x|z|ch|sh)")) {
            return word + "es";
        }
        return word + "s";
    }

    /**
     * Supertypes of a controller that are not in {@code types} while it overrides a method ({@code @Override}) that has
     * no mapping Cleave can see: their mappings, if any, get no route. Sorted, as written in the sources.
     */
    public static Set<String> unseenSupertypes(SourceType type, Map<String, SourceType> types) {
        TypeHierarchy hierarchy = new TypeHierarchy(types);
        List<TypeDeclaration<?>> supertypes = hierarchy.search(type.declaration());
        boolean blind = isController(type) && type.declaration().getMethods().stream()
                .anyMatch(m -> m.getAnnotationByName("Override").isPresent() && mappings(m).isEmpty()
                        && supertypes.stream().skip(1).noneMatch(t -> declared(t, m).isPresent()));
        return blind ? hierarchy.missing() : Set.of();
    }

    private static boolean isController(SourceType type) {
        return type.hasAnnotation("RestController") || type.hasAnnotation("Controller");
    }

    /** The mapped method of every signature in the hierarchy of {@code type}, in search order. */
    private static List<MethodDeclaration> handlers(TypeDeclaration<?> type, TypeHierarchy hierarchy) {
        List<MethodDeclaration> seen = new ArrayList<>();
        List<MethodDeclaration> handlers = new ArrayList<>();
        for (TypeDeclaration<?> t : hierarchy.search(type)) {
            for (MethodDeclaration m : t.getMethods()) {
                if (seen.stream().noneMatch(s -> Signatures.same(s, m))) {
                    seen.add(m);
                    mapped(type, m, hierarchy).ifPresent(handlers::add);
                }
            }
        }
        return handlers;
    }

    /**
     * The method whose mappings apply to {@code m}'s signature: Spring starts at the class that implements it (the
     * nearest in the superclass chain that declares it, else the controller) and takes the first declaration with a
     * mapping in that class's hierarchy.
     */
    private static Optional<MethodDeclaration> mapped(TypeDeclaration<?> type, MethodDeclaration m, TypeHierarchy h) {
        TypeDeclaration<?> start = h.classes(type).stream().filter(c -> declared(c, m).isPresent()).findFirst()
                .orElse(type);
        return h.search(start).stream().map(t -> declared(t, m)).flatMap(Optional::stream)
                .filter(d -> !mappings(d).isEmpty()).findFirst();
    }

    private static Optional<MethodDeclaration> declared(TypeDeclaration<?> type, MethodDeclaration like) {
        return type.getMethods().stream().filter(m -> Signatures.same(m, like)).findFirst();
    }

    private static List<AnnotationExpr> mappings(MethodDeclaration m) {
        return m.getAnnotations().stream().filter(a -> METHOD_ANNOTATIONS.containsKey(a.getName().getIdentifier()))
                .toList();
    }

    /** Prefix and path joined as Spring does, repeated slashes made one ({@code "/"} and {@code "/"} give {@code /}). */
    static String join(String prefix, String path) {
        String joined = (prefix.startsWith("/") || prefix.isEmpty() ? prefix : "/" + prefix)
                + (path.isEmpty() || path.startsWith("/") ? path : "/" + path);
        return joined.isEmpty() ? "/" : joined.replaceAll("/{2,}", "/");
    }

    private static List<String> paths(AnnotationExpr a, TypeHierarchy hierarchy) {
        List<String> found = new ArrayList<>();
        TypeDeclaration<?> where = Ancestors.nearest(a, n -> n instanceof TypeDeclaration<?>)
                .<TypeDeclaration<?>>map(t -> (TypeDeclaration<?>) t).orElse(null);
        if (a instanceof SingleMemberAnnotationExpr s) {
            literals(s.getMemberValue(), found, where, hierarchy, 0);
        } else if (a instanceof NormalAnnotationExpr n) {
            n.getPairs().stream().filter(p -> p.getNameAsString().equals("value") || p.getNameAsString().equals("path"))
                    .forEach(p -> literals(p.getValue(), found, where, hierarchy, 0));
        }
        return found;
    }

    /** The values of a compile-time constant string expression found in {@code where} (see below). */
    static List<String> constantStrings(Expression e, Node where, TypeHierarchy hierarchy) {
        List<String> found = new ArrayList<>();
        TypeDeclaration<?> type = Ancestors.nearest(where, n -> n instanceof TypeDeclaration<?>)
                .<TypeDeclaration<?>>map(t -> (TypeDeclaration<?>) t).orElse(null);
        literals(e, found, type, hierarchy, 0);
        return found;
    }

    /**
     * The values of a compile-time constant string expression, as javac folds them: literals, arrays of them,
     * {@code +}, and constants ({@code PATH_OWNERS}, {@code OwnersApi.PATH_OWNERS}: {@code static final} fields with
     * an initializer, of the type, its supertypes or its enclosing types, in the sources), which OpenAPI Generator
     * writes on its {@code *Api} interfaces. {@code ${key:default}} placeholders give their default.
     */
    private static void literals(Expression e, List<String> into, TypeDeclaration<?> where, TypeHierarchy h,
                                 int depth) {
        if (depth > 16) {
            return;
        }
        if (e instanceof StringLiteralExpr s) {
            into.add(PLACEHOLDER.matcher(s.getValue()).replaceAll(r -> Matcher.quoteReplacement(r.group(1))));
        } else if (e instanceof ArrayInitializerExpr array) {
            array.getValues().forEach(v -> literals(v, into, where, h, depth + 1));
        } else if (e instanceof com.github.javaparser.ast.expr.EnclosedExpr enclosed) {
            literals(enclosed.getInner(), into, where, h, depth + 1);
        } else if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            List<String> left = new ArrayList<>();
            List<String> right = new ArrayList<>();
            literals(b.getLeft(), left, where, h, depth + 1);
            literals(b.getRight(), right, where, h, depth + 1);
            if (left.size() == 1 && right.size() == 1) {
                into.add(left.get(0) + right.get(0));
            }
        } else if (e instanceof com.github.javaparser.ast.expr.NameExpr name && where != null) {
            for (Node n = where; n != null; n = n.getParentNode().orElse(null)) {
                if (n instanceof TypeDeclaration<?> t && constant(t, name.getNameAsString(), into, h, depth)) {
                    return;
                }
            }
        } else if (e instanceof com.github.javaparser.ast.expr.FieldAccessExpr field && where != null) {
            h.resolve(where, field.getScope().toString())
                    .ifPresent(t -> constant(t, field.getNameAsString(), into, h, depth));
        }
    }

    /** The value of constant {@code name} declared in {@code type} or its supertypes; whether one was found. */
    private static boolean constant(TypeDeclaration<?> type, String name, List<String> into, TypeHierarchy h,
                                    int depth) {
        for (TypeDeclaration<?> t : h.search(type)) {
            for (com.github.javaparser.ast.body.FieldDeclaration f : t.getFields()) {
                boolean constant = t instanceof ClassOrInterfaceDeclaration c && c.isInterface()
                        || f.isStatic() && f.isFinal();
                for (var v : f.getVariables()) {
                    if (constant && v.getNameAsString().equals(name) && v.getInitializer().isPresent()) {
                        literals(v.getInitializer().get(), into, t, h, depth + 1);
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
