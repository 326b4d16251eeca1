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
import com.github.javaparser.ast.type.Type;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Mutable state that would not survive running several replicas. A field holds state when, at run time, it is
 * assigned ({@code =}, {@code +=}, {@code ++}), or, for a collection, map, atomic or builder type, changed
 * through a mutator ({@code put}, {@code add}, {@code incrementAndGet}...); or when it is a non-final static field
 * whose name is not constant-like (UPPER_CASE). Run time means outside constructors, initializers,
 * {@code @PostConstruct}/{@code @PreDestroy}/injection methods and lifecycle methods ({@code init},
 * {@code destroy}, {@code afterPropertiesSet}, {@code ejbCreate}...). Loggers and injected fields
 * ({@code @Autowired}, {@code @Inject}, {@code @Resource}, {@code @PersistenceContext}, {@code @Value}...) never
 * hold state. Static state makes any type stateful; instance state only a singleton-scoped one (the caller
 * decides).
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

    private static final Set<String> MUTABLE_TYPES = Set.of("List", "ArrayList", "LinkedList", "Vector", "Stack",
            "Collection", "Map", "HashMap", "TreeMap", "LinkedHashMap", "Hashtable", "Properties", "ConcurrentMap",
            "ConcurrentHashMap", "ConcurrentSkipListMap", "WeakHashMap", "IdentityHashMap", "EnumMap", "Set",
            "HashSet", "TreeSet", "LinkedHashSet", "EnumSet", "ConcurrentSkipListSet", "CopyOnWriteArraySet",
            "CopyOnWriteArrayList", "Queue", "Deque", "ArrayDeque", "PriorityQueue", "BlockingQueue",
            "LinkedBlockingQueue", "ArrayBlockingQueue", "ConcurrentLinkedQueue", "ConcurrentLinkedDeque",
            "AtomicInteger", "AtomicLong", "AtomicBoolean", "AtomicReference", "LongAdder", "DoubleAdder",
            "StringBuilder", "StringBuffer", "BitSet");
    private static final Set<String> SETUP_METHODS = Set.of("init", "destroy", "afterPropertiesSet", "ejbCreate",
            "ejbActivate", "ejbPassivate", "ejbRemove", "setSessionContext", "setEntityContext",
            "setMessageDrivenContext");

    private StateRules() {
    }

    static State of(TypeContext ctx) {
        Set<String> changed = changedFields(ctx, mutableTypedFields(ctx));
        boolean staticState = false;
        Set<String> instance = new TreeSet<>();
        for (FieldDeclaration field : ctx.all(FieldDeclaration.class)) {
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

    /** Fields whose declared type is a collection, map, atomic or builder: mutators change them. */
    private static Set<String> mutableTypedFields(TypeContext ctx) {
        Set<String> names = new HashSet<>();
        for (FieldDeclaration field : ctx.all(FieldDeclaration.class)) {
            Type type = field.getElementType();
            String simple = type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getNameAsString() : "";
            if (MUTABLE_TYPES.contains(simple)) {
                field.getVariables().forEach(v -> names.add(v.getNameAsString()));
            }
        }
        return names;
    }

    /** Field names assigned or mutated in ordinary methods (lambdas and inner classes included). */
    private static Set<String> changedFields(TypeContext ctx, Set<String> mutableTyped) {
        Set<String> fields = new HashSet<>();
        ctx.all(FieldDeclaration.class).forEach(f -> f.getVariables()
                .forEach(v -> fields.add(v.getNameAsString())));
        Set<String> changed = new HashSet<>();
        for (AssignExpr e : ctx.all(AssignExpr.class)) {
            fieldName(e.getTarget()).filter(fields::contains).filter(n -> isRuntime(ctx, e, n))
                    .ifPresent(changed::add);
        }
        for (UnaryExpr e : ctx.all(UnaryExpr.class)) {
            if (e.getOperator().isPostfix() || e.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
                    || e.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT) {
                fieldName(e.getExpression()).filter(fields::contains).filter(n -> isRuntime(ctx, e, n))
                        .ifPresent(changed::add);
            }
        }
        for (MethodCallExpr call : ctx.all(MethodCallExpr.class)) {
            if (MUTATORS.contains(call.getNameAsString())) {
                call.getScope().flatMap(StateRules::fieldName).filter(mutableTyped::contains)
                        .filter(n -> isRuntime(ctx, call, n))
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
        Optional<Node> owner = Ancestors.nearest(at, n -> n instanceof CallableDeclaration<?>
                || n instanceof InitializerDeclaration || n instanceof FieldDeclaration);
        if (owner.isEmpty() || !(owner.get() instanceof MethodDeclaration m)) {
            return false;
        }
        boolean setup = SETUP_METHODS.contains(m.getNameAsString())
                || m.getAnnotations().stream().anyMatch(a -> KnownTypes.INJECTION.contains(ctx.name(a))
                || ctx.isEe(a, "annotation.PostConstruct") || ctx.isEe(a, "annotation.PreDestroy")
                || ctx.is(a, "org.springframework.beans.factory.annotation.Required"));
        return !setup && !shadows(m, name, at);
    }

    private static boolean shadows(MethodDeclaration m, String name, Node at) {
        boolean param = m.getParameters().stream().map(Parameter::getNameAsString).anyMatch(name::equals);
        boolean local = m.findAll(VariableDeclarator.class).stream().anyMatch(v -> v.getNameAsString().equals(name)
                && v.getParentNode().filter(p -> !(p instanceof FieldDeclaration)).isPresent());
        boolean qualified = at.findAll(Expression.class).stream().anyMatch(e -> e.isFieldAccessExpr()
                && e.asFieldAccessExpr().getScope().isThisExpr()
                && e.asFieldAccessExpr().getNameAsString().equals(name));
        return (param || local) && !qualified;
    }
}
