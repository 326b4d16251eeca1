package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The monolith beans that Spring expressions in a file's annotations name ({@code @PreAuthorize("@guard.allows(#id)")},
 * {@code @Value("#{@pricing.rate}")}), by the analyzer's rule: the attributes Spring evaluates as SpEL are read whole
 * (method security, {@code @ConditionalOnExpression}, the cache annotations' {@code key}/{@code condition}/
 * {@code unless}, event listeners' {@code condition}), any other string attribute only in its {@code #{...}}
 * templates. A bean name stands for the types named so explicitly ({@code @Service("x")}, a {@code @Bean} method's
 * names for the monolith type it returns), else for the bean class whose default name it is. String attributes are
 * read when written as literals or concatenations of literals.
 */
final class SpelReferences {
    private static final Set<String> VALUE = Set.of("value");
    private static final Set<String> CACHE = Set.of("key", "condition", "unless");
    private static final Map<String, Set<String>> EXPRESSIONS = Map.of("PreAuthorize", VALUE, "PostAuthorize", VALUE,
            "PreFilter", VALUE, "PostFilter", VALUE, "ConditionalOnExpression", VALUE, "Cacheable", CACHE,
            "CachePut", CACHE, "CacheEvict", CACHE, "EventListener", Set.of("condition"),
            "TransactionalEventListener", Set.of("condition"));
    private static final Set<String> NAMING = Set.of("Component", "Service", "Repository", "Controller",
            "RestController", "Configuration", "Named", "ManagedBean");
    private static final Set<String> BEANS = Set.of("Component", "Service", "Repository", "Controller",
            "RestController", "Configuration", "ControllerAdvice", "RestControllerAdvice", "Named", "ManagedBean");

    private final Map<String, SourceType> types;
    private final Map<String, Set<String>> explicit = new TreeMap<>();
    private final Map<String, Set<String>> byDefault = new TreeMap<>();
    /** type → the name its stereotype annotation gives its bean */
    private final Map<String, String> givenNames = new TreeMap<>();

    SpelReferences(Map<String, SourceType> types, NameResolver names) {
        this.types = types;
        Set<String> named = new HashSet<>();
        for (SourceType t : types.values()) {
            for (AnnotationExpr a : t.declaration().getAnnotations()) {
                if (NAMING.contains(a.getName().getIdentifier())) {
                    strings(a, "value").forEach(n -> {
                        explicit.computeIfAbsent(n.trim(), k -> new TreeSet<>()).add(t.fqn());
                        named.add(t.fqn());
                        givenNames.putIfAbsent(t.fqn(), n.trim());
                    });
                }
            }
            for (MethodDeclaration m : t.declaration().findAll(MethodDeclaration.class)) {
                m.getAnnotationByName("Bean").filter(b -> m.getType().isClassOrInterfaceType()).ifPresent(bean -> {
                    String fqn = names.resolve(t.unit(), m.getType().asClassOrInterfaceType().getNameWithScope());
                    List<String> given = strings(bean, "name", "value");
                    if (fqn != null && types.containsKey(fqn)) {
                        (given.isEmpty() ? List.of(m.getNameAsString()) : given).forEach(n ->
                                explicit.computeIfAbsent(n.trim(), k -> new TreeSet<>()).add(fqn));
                    }
                });
            }
        }
        for (SourceType t : types.values()) {
            if (!named.contains(t.fqn()) && (BEANS.stream().anyMatch(t::hasAnnotation) || isSpringDataRepository(t))) {
                byDefault.computeIfAbsent(defaultName(t.simpleName()), k -> new TreeSet<>()).add(t.fqn());
            }
        }
    }

    /** The bean name a type's stereotype annotation gives it ({@code @Service("ownership")}), or "". */
    String givenName(String fqn) {
        return givenNames.getOrDefault(fqn, "");
    }

    /** The monolith types whose beans the file's annotations' expressions name, sorted. */
    Set<String> of(CompilationUnit unit) {
        Set<String> found = new TreeSet<>();
        uses(unit).forEach(u -> found.addAll(classesOf(u.bean())));
        return found;
    }

    /**
     * For each target type whose bean the file's expressions name: the methods they call (any arity) and the getters
     * of the properties they read ({@code @pricing.rate} → {@code getRate}, else {@code isRate}), as {@link CallSites}
     * gives them.
     */
    Map<String, Map<String, Set<Integer>>> calls(SourceType file, Set<String> targets) {
        Map<String, Map<String, Set<Integer>>> calls = new TreeMap<>();
        for (SpelBeans.Use use : uses(file.unit())) {
            for (String type : classesOf(use.bean())) {
                String method = use.call() ? use.member() : getter(types.get(type), use.member());
                if (targets.contains(type) && !method.isEmpty()) {
                    calls.computeIfAbsent(type, k -> new TreeMap<>()).computeIfAbsent(method, k -> new TreeSet<>())
                            .add(CallSites.ANY_ARITY);
                }
            }
        }
        return calls;
    }

    private Set<String> classesOf(String bean) {
        Set<String> found = explicit.get(bean);
        return found != null ? found : byDefault.getOrDefault(bean, Set.of());
    }

    private static List<SpelBeans.Use> uses(CompilationUnit unit) {
        List<SpelBeans.Use> uses = new ArrayList<>();
        for (AnnotationExpr a : unit.findAll(AnnotationExpr.class)) {
            Set<String> whole = EXPRESSIONS.getOrDefault(a.getName().getIdentifier(), Set.of());
            attributes(a).forEach((name, value) -> {
                for (Expression e : value.isArrayInitializerExpr() ? value.asArrayInitializerExpr().getValues()
                        : List.of(value)) {
                    String text = text(e);
                    if (text != null) {
                        uses.addAll(whole.contains(name) ? SpelBeans.inExpression(text) : SpelBeans.inTemplates(text));
                    }
                }
            });
        }
        return uses;
    }

    /** The getter a property read calls, when the type declares it; "" otherwise. */
    private static String getter(SourceType type, String property) {
        if (property.isEmpty()) {
            return "";
        }
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String candidate : List.of("get" + suffix, "is" + suffix)) {
            if (type.declaration().getMethodsByName(candidate).stream().anyMatch(m -> m.getParameters().isEmpty())) {
                return candidate;
            }
        }
        return "";
    }

    private static Map<String, Expression> attributes(AnnotationExpr a) {
        Map<String, Expression> found = new TreeMap<>();
        if (a.isSingleMemberAnnotationExpr()) {
            found.put("value", a.asSingleMemberAnnotationExpr().getMemberValue());
        } else if (a.isNormalAnnotationExpr()) {
            for (MemberValuePair pair : a.asNormalAnnotationExpr().getPairs()) {
                found.put(pair.getNameAsString(), pair.getValue());
            }
        }
        return found;
    }

    private static List<String> strings(AnnotationExpr a, String... names) {
        Map<String, Expression> attributes = attributes(a);
        for (String name : names) {
            Expression value = attributes.get(name);
            if (value != null) {
                List<Expression> all = value.isArrayInitializerExpr() ? value.asArrayInitializerExpr().getValues()
                        : List.of(value);
                return all.stream().map(SpelReferences::text).filter(s -> s != null && !s.isBlank()).toList();
            }
        }
        return List.of();
    }

    /** A string literal, text block or concatenation of them; null for anything else. */
    private static String text(Expression e) {
        if (e.isStringLiteralExpr()) {
            return e.asStringLiteralExpr().asString();
        }
        if (e.isTextBlockLiteralExpr()) {
            return e.asTextBlockLiteralExpr().asString();
        }
        if (e.isBinaryExpr() && e.asBinaryExpr().getOperator() == BinaryExpr.Operator.PLUS) {
            String left = text(e.asBinaryExpr().getLeft());
            String right = text(e.asBinaryExpr().getRight());
            return left == null || right == null ? null : left + right;
        }
        return e.isEnclosedExpr() ? text(e.asEnclosedExpr().getInner()) : null;
    }

    /** Spring's default bean name: the simple name with its first letter lower case, unless two capitals lead. */
    private static String defaultName(String simple) {
        if (simple.length() > 1 && Character.isUpperCase(simple.charAt(0)) && Character.isUpperCase(simple.charAt(1))) {
            return simple;
        }
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    private static boolean isSpringDataRepository(SourceType t) {
        return t.isInterface() && t.declaration().asClassOrInterfaceDeclaration().getExtendedTypes().stream()
                .anyMatch(e -> e.getNameAsString().endsWith("Repository"));
    }
}
