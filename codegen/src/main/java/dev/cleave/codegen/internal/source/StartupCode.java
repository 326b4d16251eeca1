package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The monolith's code that runs when it starts and uses its database (seed data written at start): a
 * {@code CommandLineRunner} or {@code ApplicationRunner} bean (a {@code @Bean} method returning one, or a bean class
 * implementing one), a {@code @Bean} method making a bean whose class has a {@code @PostConstruct} method, an
 * {@code @EventListener} method for {@code ApplicationReadyEvent}, {@code ApplicationStartedEvent} or
 * {@code ContextRefreshedEvent}, or a bean class implementing {@code ApplicationListener} of one of these events.
 * The monolith ran it once per start of its
 * database; in the generated system it runs once per database, in one service.
 *
 * @param code      {@code <class>#<method>} for a method, {@code <class>} for a runner or listener class; the runtime finds the
 *                  bean or listener by it
 * @param type      the class that declares it
 * @param kind      what it is, for messages ({@code CommandLineRunner}, {@code @EventListener(ApplicationReadyEvent)})
 * @param reaches   the monolith classes its code reaches: what it names, and through beans and the classes
 *                  implementing the interfaces it names, what they name
 */
public record StartupCode(String code, String type, String kind, Set<String> reaches) {
    private static final Set<String> RUNNERS = Set.of("CommandLineRunner", "ApplicationRunner");
    private static final Set<String> EVENTS = Set.of("ApplicationReadyEvent", "ApplicationStartedEvent",
            "ContextRefreshedEvent");
    /** Library types through which code reaches a database without a repository or an entity of the monolith. */
    private static final Set<String> DATABASE_APIS = Set.of("JdbcTemplate", "NamedParameterJdbcTemplate",
            "JdbcOperations", "JdbcClient", "SimpleJdbcInsert", "DataSource", "EntityManager", "EntityManagerFactory",
            "Connection", "DSLContext", "SqlSession", "SqlSessionTemplate");
    private static final int DEPTH = 6;

    public StartupCode {
        reaches = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(reaches));
    }

    /** The monolith's start-up code that uses its database, sorted by code. */
    public static List<StartupCode> of(Facts facts) {
        List<StartupCode> found = new ArrayList<>();
        for (SourceType t : facts.monolith().types().values()) {
            if (!(t.declaration() instanceof ClassOrInterfaceDeclaration c) || c.isInterface()) {
                continue;
            }
            for (MethodDeclaration m : c.getMethods()) {
                String kind = methodKind(m);
                if (kind == null) {
                    kind = initializedBean(facts, t, m);
                }
                if (kind != null) {
                    Set<String> named = named(facts, t, m);
                    if (usesDatabase(facts, named, apiNamed(t, m))) {
                        found.add(new StartupCode(t.fqn() + "#" + m.getNameAsString(), t.fqn(), kind,
                                reach(facts, named)));
                    }
                }
            }
            String runner = c.getImplementedTypes().stream().map(i -> i.getName().getIdentifier())
                    .filter(RUNNERS::contains).findFirst().orElse(listenerKind(c));
            Role role = facts.role(t.fqn());
            if (runner != null && role != null && (role.isBean() || role == Role.APPLICATION)
                    && usesDatabase(facts, facts.references(t.fqn()), t.declaration().findAll(ClassOrInterfaceType.class)
                    .stream().anyMatch(type -> DATABASE_APIS.contains(type.getName().getIdentifier())))) {
                found.add(new StartupCode(t.fqn(), t.fqn(), runner, reach(facts, facts.references(t.fqn()))));
            }
        }
        found.sort(java.util.Comparator.comparing(StartupCode::code));
        return found;
    }

    /**
     * {@code ApplicationListener<ApplicationReadyEvent>} for a class implementing {@code ApplicationListener} of a
     * start-up event (its {@code onApplicationEvent} is the code), null for any other class.
     */
    private static String listenerKind(ClassOrInterfaceDeclaration c) {
        for (ClassOrInterfaceType type : c.getImplementedTypes()) {
            if (type.getName().getIdentifier().equals("ApplicationListener") && type.getTypeArguments().isPresent()
                    && type.getTypeArguments().get().size() == 1) {
                String event = simpleName(type.getTypeArguments().get().get(0).asString());
                if (EVENTS.contains(event)) {
                    return "ApplicationListener<" + event + ">";
                }
            }
        }
        return null;
    }

    /** What a method is at start-up: a runner's {@code @Bean} method, a start-up event's listener, or null. */
    private static String methodKind(MethodDeclaration m) {
        if (m.getAnnotationByName("Bean").isPresent() && m.getType().isClassOrInterfaceType()
                && RUNNERS.contains(m.getType().asClassOrInterfaceType().getName().getIdentifier())) {
            return m.getType().asClassOrInterfaceType().getName().getIdentifier();
        }
        AnnotationExpr listener = m.getAnnotationByName("EventListener").orElse(null);
        if (listener == null || m.getParameters().size() > 1) {
            return null;
        }
        Set<String> events = new TreeSet<>();
        listener.findAll(ClassExpr.class).forEach(e -> events.add(simpleName(e.getType().asString())));
        m.getParameters().forEach(p -> events.add(simpleName(p.getType().asString())));
        events.retainAll(EVENTS);
        return events.isEmpty() ? null : "@EventListener(" + events.iterator().next() + ")";
    }

    /**
     * A {@code @Bean} method whose bean is a class of the monolith with a {@code @PostConstruct} method (a sample-data
     * generator the configuration builds): Spring runs that method when it makes the bean, so it is start-up code too;
     * null for any other method.
     */
    private static String initializedBean(Facts facts, SourceType t, MethodDeclaration m) {
        if (m.getAnnotationByName("Bean").isEmpty() || !m.getType().isClassOrInterfaceType()) {
            return null;
        }
        String type = facts.names().resolve(t.unit(), m.getType().asClassOrInterfaceType().getNameWithScope());
        SourceType bean = type == null ? null : facts.monolith().type(type);
        if (bean == null) {
            return null;
        }
        return bean.declaration().getMethods().stream().anyMatch(i -> i.getAnnotationByName("PostConstruct")
                .isPresent()) ? "@PostConstruct" : null;
    }

    private static String simpleName(String type) {
        String erased = type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
        return erased.substring(erased.lastIndexOf('.') + 1);
    }

    /**
     * The types a method names in its signature and body, and those of the fields of its class that it uses (a
     * runner's lambda calling a repository the configuration class holds).
     */
    private static List<ClassOrInterfaceType> types(SourceType t, MethodDeclaration m) {
        List<ClassOrInterfaceType> found = new ArrayList<>(m.findAll(ClassOrInterfaceType.class));
        Set<String> used = new TreeSet<>();
        m.findAll(NameExpr.class).forEach(n -> used.add(n.getNameAsString()));
        m.findAll(SimpleName.class).forEach(n -> used.add(n.getIdentifier()));
        for (FieldDeclaration field : t.declaration().getFields()) {
            if (field.getVariables().stream().anyMatch(v -> used.contains(v.getNameAsString()))) {
                found.addAll(field.getElementType().findAll(ClassOrInterfaceType.class));
                if (field.getElementType().isClassOrInterfaceType()) {
                    found.add(field.getElementType().asClassOrInterfaceType());
                }
            }
        }
        return found;
    }

    /** The monolith types a method names ({@link #types}, and static scopes). */
    private static Set<String> named(Facts facts, SourceType t, MethodDeclaration m) {
        Set<String> found = new TreeSet<>();
        types(t, m).forEach(type -> add(found, facts.names().resolve(t.unit(), type.getNameWithScope())));
        m.findAll(NameExpr.class).stream().filter(n -> Character.isUpperCase(n.getNameAsString().charAt(0)))
                .forEach(n -> add(found, facts.names().resolve(t.unit(), n.getNameAsString())));
        found.remove(t.fqn());
        return found;
    }

    /** Whether a method names a database API ({@link #types}). */
    private static boolean apiNamed(SourceType t, MethodDeclaration m) {
        return types(t, m).stream().anyMatch(type -> DATABASE_APIS.contains(type.getName().getIdentifier()));
    }

    private static void add(Set<String> found, String fqn) {
        if (fqn != null) {
            found.add(fqn);
        }
    }

    /**
     * Whether the code reaches the database: it names a database API, or a repository or an entity of the monolith is
     * among what it reaches.
     */
    private static boolean usesDatabase(Facts facts, Set<String> named, boolean api) {
        return api || reach(facts, named).stream().anyMatch(type -> facts.role(type) == Role.REPOSITORY
                || facts.role(type) == Role.ENTITY || namesDatabaseApi(facts, type));
    }

    private static boolean namesDatabaseApi(Facts facts, String type) {
        SourceType t = facts.monolith().type(type);
        return t != null && facts.role(type).isBean() && t.unit().findAll(ClassOrInterfaceType.class).stream()
                .anyMatch(c -> DATABASE_APIS.contains(c.getName().getIdentifier()));
    }

    /**
     * {@code named} and what it leads to: the references of the beans among them, and the classes implementing the
     * interfaces among them (the bean behind {@code IUserService}), a few steps deep.
     */
    private static Set<String> reach(Facts facts, Set<String> named) {
        Set<String> found = new TreeSet<>();
        Deque<String[]> work = new ArrayDeque<>();
        named.forEach(n -> work.add(new String[] {n, "0"}));
        while (!work.isEmpty()) {
            String[] next = work.pop();
            String type = next[0];
            int depth = Integer.parseInt(next[1]);
            if (facts.monolith().type(type) == null || !found.add(type) || depth >= DEPTH) {
                continue;
            }
            Set<String> leads = new TreeSet<>();
            if (facts.monolith().type(type).isInterface()) {
                leads.addAll(facts.subtypesOf(type));
            }
            if (facts.role(type).isBean()) {
                leads.addAll(facts.references(type));
            }
            leads.forEach(l -> work.add(new String[] {l, Integer.toString(depth + 1)}));
        }
        return found;
    }
}
