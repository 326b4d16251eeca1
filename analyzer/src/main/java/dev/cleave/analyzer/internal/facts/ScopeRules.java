package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.cleave.model.Stereotype;
import java.util.Set;

/**
 * Whether one instance of a type serves every request (so its instance fields are shared state): Spring
 * stereotype beans unless {@code @Scope("prototype"|"request")}/{@code @RequestScope}, EJB {@code @Singleton} and
 * {@code @Stateful}, CDI {@code @ApplicationScoped}/{@code @SessionScoped}/{@code @Singleton}, servlets, filters,
 * listeners and Struts 1 actions. Descriptors add more in finish.
 */
final class ScopeRules {
    private static final Set<Stereotype> CONTAINER_SINGLETONS = Set.of(Stereotype.SERVLET, Stereotype.FILTER,
            Stereotype.LISTENER);

    private ScopeRules() {
    }

    static boolean isSingleton(TypeContext ctx, Set<Stereotype> stereotypes) {
        boolean perRequest = ctx.type.getAnnotations().stream().anyMatch(a -> isPerRequest(ctx, a));
        if (perRequest) {
            return false;
        }
        return ctx.type.getAnnotations().stream().anyMatch(a -> KnownTypes.SINGLETON_SCOPES.contains(ctx.name(a)))
                || stereotypes.stream().anyMatch(CONTAINER_SINGLETONS::contains)
                || ctx.supertypes().keySet().stream().anyMatch(KnownTypes::isStruts1Action);
    }

    private static boolean isPerRequest(TypeContext ctx, AnnotationExpr a) {
        if (ctx.is(a, "org.springframework.context.annotation.Scope")) {
            String written = AnnotationValues.member(a, "value", "scopeName").map(Object::toString).orElse("");
            return written.contains("SCOPE_PROTOTYPE") || written.contains("SCOPE_REQUEST")
                    || AnnotationValues.strings(a, ctx.strings, "value", "scopeName").stream()
                    .anyMatch(s -> s.equals("prototype") || s.equals("request"));
        }
        return ctx.is(a, "org.springframework.web.context.annotation.RequestScope")
                || ctx.isEe(a, "enterprise.context.RequestScoped");
    }
}
