package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import dev.cleave.analyzer.internal.facts.TypeFacts.BeanName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spring bean names in a type's annotations: those it gives beans, and those its expressions refer to.
 *
 * <p>What counts as an expression: the attributes Spring evaluates as SpEL ({@link #EXPRESSIONS}: method security,
 * {@code @ConditionalOnExpression}, the cache annotations' {@code key}/{@code condition}/{@code unless}, event
 * listeners' {@code condition}) are read whole; in any other string attribute of any annotation (on the type, its
 * members, parameters and nested types) only the {@code #{...}} templates are, as Spring resolves them there
 * ({@code @Value}, {@code @Scheduled(cron)}, Spring Data's {@code ?#{...}}). Other text is never read for beans,
 * so a description or a mail address in an attribute names none. Annotations match by simple name.
 */
final class BeanNameRules {
    private static final Set<String> VALUE = Set.of("value");
    private static final Set<String> CACHE = Set.of("key", "condition", "unless");
    private static final Map<String, Set<String>> EXPRESSIONS = Map.of("PreAuthorize", VALUE, "PostAuthorize", VALUE,
            "PreFilter", VALUE, "PostFilter", VALUE, "ConditionalOnExpression", VALUE, "Cacheable", CACHE,
            "CachePut", CACHE, "CacheEvict", CACHE, "EventListener", Set.of("condition"),
            "TransactionalEventListener", Set.of("condition"));
    /** Annotations whose {@code value} names the bean of the class they annotate. */
    private static final Set<String> NAMING = Set.of("Component", "Service", "Repository", "Controller",
            "RestController", "Configuration", "Named", "ManagedBean");

    private BeanNameRules() {
    }

    /** The bean names the type's annotation expressions refer to, once per mention. */
    static List<String> referenced(TypeContext ctx) {
        List<String> names = new ArrayList<>();
        for (AnnotationExpr a : ctx.all(AnnotationExpr.class)) {
            Set<String> whole = EXPRESSIONS.getOrDefault(AnnotationValues.simpleName(a), Set.of());
            for (Map.Entry<String, Expression> attribute : attributes(a)) {
                for (Expression e : AnnotationValues.elements(attribute.getValue())) {
                    String text = e.isAnnotationExpr() ? null : ctx.strings.sql(e);
                    if (text != null) {
                        names.addAll(whole.contains(attribute.getKey()) ? SpelBeans.inExpression(text)
                                : SpelBeans.inTemplates(text));
                    }
                }
            }
        }
        return names;
    }

    /**
     * The bean names the type gives: an explicit name on the class ({@code @Service("x")}), and the names of each
     * {@code @Bean} method, nested classes' too ({@code @Bean(name = ...)}, else the method name), for the type it
     * returns (as far as resolved: a library type is dropped later).
     */
    static List<BeanName> defined(TypeContext ctx) {
        List<BeanName> names = new ArrayList<>();
        for (AnnotationExpr a : ctx.type.getAnnotations()) {
            if (NAMING.contains(AnnotationValues.simpleName(a))) {
                AnnotationValues.strings(a, ctx.strings, "value").stream().filter(n -> !n.isBlank())
                        .forEach(n -> names.add(new BeanName(n.trim(), ctx.fqn)));
            }
        }
        for (MethodDeclaration m : ctx.all(MethodDeclaration.class)) {
            m.getAnnotationByName("Bean").filter(x -> m.getType().isClassOrInterfaceType()).ifPresent(bean -> {
                String type = ctx.resolve(m.getType().asClassOrInterfaceType());
                List<String> given = AnnotationValues.strings(bean, ctx.strings, "name", "value");
                (given.isEmpty() ? List.of(m.getNameAsString()) : given).stream().filter(n -> !n.isBlank())
                        .forEach(n -> names.add(new BeanName(n.trim(), type)));
            });
        }
        return names;
    }

    /** The attributes as written: name and value ({@code value} for a single-member annotation). */
    private static List<Map.Entry<String, Expression>> attributes(AnnotationExpr a) {
        if (a.isSingleMemberAnnotationExpr()) {
            return List.of(Map.entry("value", a.asSingleMemberAnnotationExpr().getMemberValue()));
        }
        if (!a.isNormalAnnotationExpr()) {
            return List.of();
        }
        List<Map.Entry<String, Expression>> pairs = new ArrayList<>();
        for (MemberValuePair pair : a.asNormalAnnotationExpr().getPairs()) {
            pairs.add(Map.entry(pair.getNameAsString(), pair.getValue()));
        }
        return pairs;
    }
}
