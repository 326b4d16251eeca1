package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import dev.cleave.model.EntryPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * HTTP entry points declared in a type's source: Spring MVC mappings (class-level {@code @RequestMapping} prefix
 * times method-level paths and methods; no method → {@code *}), JAX-RS ({@code @Path} on class and method plus an
 * HTTP method annotation; {@code @ApplicationPath} is not prefixed), {@code @WebServlet} url patterns times the
 * overridden {@code doGet}/{@code doPost}/... handlers ({@code *} for {@code service}), Stripes
 * {@code @UrlBinding} times its {@code Resolution} handler methods. Paths that name constants of other files are
 * kept as {@code {Constant.NAME}}.
 */
final class EntryPointRules {
    private static final String SPRING = "org.springframework.web.bind.annotation.";
    private static final Map<String, String> SPRING_METHODS = Map.of("GetMapping", "GET", "PostMapping", "POST",
            "PutMapping", "PUT", "DeleteMapping", "DELETE", "PatchMapping", "PATCH");
    private static final List<String> JAX_RS_METHODS = List.of("GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS",
            "PATCH");
    static final Map<String, String> SERVLET_HANDLERS = Map.of("doGet", "GET", "doPost", "POST", "doPut", "PUT",
            "doDelete", "DELETE", "doHead", "HEAD", "doOptions", "OPTIONS", "doTrace", "TRACE", "service", "*");

    private EntryPointRules() {
    }

    static Set<EntryPoint> of(TypeContext ctx) {
        Set<EntryPoint> all = new TreeSet<>();
        spring(ctx, all);
        jaxRs(ctx, all);
        ctx.findEe(ctx.type, "servlet.annotation.WebServlet").ifPresent(a ->
                all.addAll(servlet(paths(ctx, a, "urlPatterns", "value"), servletHandlers(ctx))));
        ctx.find(ctx.type, "net.sourceforge.stripes.action.UrlBinding").ifPresent(a -> stripes(ctx, a, all));
        return all;
    }

    /** The servlet handler methods the type declares (doGet, doPost, ..., service). */
    static Set<String> servletHandlers(TypeContext ctx) {
        Set<String> handlers = new TreeSet<>();
        for (MethodDeclaration m : ctx.type.getMethods()) {
            if (SERVLET_HANDLERS.containsKey(m.getNameAsString()) && m.getParameters().size() == 2) {
                handlers.add(m.getNameAsString());
            }
        }
        return handlers;
    }

    /** Entry points of a servlet mapped to the patterns: one per handler, {@code * service} when none. */
    static List<EntryPoint> servlet(List<String> patterns, Set<String> handlers) {
        List<EntryPoint> all = new ArrayList<>();
        for (String pattern : patterns) {
            if (handlers.isEmpty()) {
                all.add(new EntryPoint("*", join("", pattern), "service"));
            }
            handlers.forEach(h -> all.add(new EntryPoint(SERVLET_HANDLERS.get(h), join("", pattern), h)));
        }
        return all;
    }

    private static void spring(TypeContext ctx, Set<EntryPoint> all) {
        List<String> prefixes = ctx.find(ctx.type, SPRING + "RequestMapping")
                .map(a -> paths(ctx, a, "value", "path")).filter(p -> !p.isEmpty()).orElse(List.of(""));
        for (MethodDeclaration m : ctx.type.getMethods()) {
            for (AnnotationExpr a : m.getAnnotations()) {
                List<String> methods = springMethods(ctx, a);
                if (methods.isEmpty()) {
                    continue;
                }
                List<String> paths = paths(ctx, a, "value", "path");
                for (String prefix : prefixes) {
                    for (String path : paths.isEmpty() ? List.of("") : paths) {
                        methods.forEach(verb -> all.add(new EntryPoint(verb, join(prefix, path), m.getNameAsString())));
                    }
                }
            }
        }
    }

    private static List<String> springMethods(TypeContext ctx, AnnotationExpr a) {
        for (Map.Entry<String, String> e : SPRING_METHODS.entrySet()) {
            if (ctx.is(a, SPRING + e.getKey())) {
                return List.of(e.getValue());
            }
        }
        if (!ctx.is(a, SPRING + "RequestMapping")) {
            return List.of();
        }
        List<String> methods = AnnotationValues.constants(a, "method");
        return methods.isEmpty() ? List.of("*") : methods.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
    }

    private static void jaxRs(TypeContext ctx, Set<EntryPoint> all) {
        String prefix = ctx.findEe(ctx.type, "ws.rs.Path").map(a -> first(paths(ctx, a, "value"))).orElse("");
        for (MethodDeclaration m : ctx.type.getMethods()) {
            String path = ctx.findEe(m, "ws.rs.Path").map(a -> first(paths(ctx, a, "value"))).orElse("");
            for (String verb : JAX_RS_METHODS) {
                if (ctx.findEe(m, "ws.rs." + verb).isPresent()) {
                    all.add(new EntryPoint(verb, join(prefix, path), m.getNameAsString()));
                }
            }
        }
    }

    private static void stripes(TypeContext ctx, AnnotationExpr binding, Set<EntryPoint> all) {
        String path = first(paths(ctx, binding, "value"));
        for (MethodDeclaration m : ctx.type.getMethods()) {
            if (m.hasModifier(Modifier.Keyword.PUBLIC) && m.getParameters().isEmpty()
                    && m.getType().asString().endsWith("Resolution")) {
                all.add(new EntryPoint("*", join("", path), m.getNameAsString()));
            }
        }
    }

    private static List<String> paths(TypeContext ctx, AnnotationExpr a, String... names) {
        return AnnotationValues.member(a, names).map(AnnotationValues::elements).orElse(List.of()).stream()
                .map((Expression e) -> ctx.strings.path(e)).toList();
    }

    private static String first(List<String> paths) {
        return paths.isEmpty() ? "" : paths.get(0);
    }

    /** prefix + path with a leading '/', no doubled or trailing '/' ("/" alone for the root). */
    static String join(String prefix, String path) {
        String joined = ("/" + prefix + "/" + path).replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
