package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.resolution.MethodUsage;
import com.github.javaparser.resolution.declarations.ResolvedConstructorDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The plain classes of a servlet web application that another service can reach over HTTP instead of copying: a
 * data-access object or service object that code builds with {@code new} ({@code new EmployeeDao(dataSource)}), holds
 * no state of its own (final fields of a data source, a logger, other such objects), and whose methods take and give
 * values that travel as JSON. Every instance of such a class behaves alike over the one shared database, so a caller
 * in another service may use the one its owner makes: the caller's copy of the class becomes a client with the same
 * constructors (their arguments unused) and methods, each method a call to the owner. What fails a rule stays a copy,
 * as before; nothing here changes the monolith's code.
 */
public final class PlainComponents {
    private static final Set<String> STATELESS_JDK = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long",
            "java.lang.Boolean", "java.lang.Double", "java.lang.Float", "java.lang.Short", "java.lang.Byte",
            "java.lang.Character", "java.math.BigDecimal", "java.math.BigInteger", "javax.sql.DataSource",
            "java.util.logging.Logger", "org.slf4j.Logger", "org.apache.commons.logging.Log", "org.apache.log4j.Logger",
            "org.apache.logging.log4j.Logger", "java.util.regex.Pattern", "java.time.format.DateTimeFormatter",
            "java.time.Clock", "java.time.ZoneId", "java.util.Locale");
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString", "finalize", "clone");
    private static final String DATA_SOURCE = "javax.sql.DataSource";
    private static final int DEPTH = 3;

    /**
     * A constructor as callers see it.
     *
     * @param parameters parameter types, fully qualified
     * @param names      parameter names
     * @param exceptions the checked and unchecked exceptions it declares, fully qualified
     * @param visibility {@code public}, {@code protected} or "" (package)
     */
    public record Constructor(List<String> parameters, List<String> names, List<String> exceptions,
                              String visibility) {
    }

    /**
     * One class other services may reach over HTTP.
     *
     * @param type         fully-qualified name
     * @param constructors its non-private constructors (none: the implicit one)
     * @param operations   its non-private instance methods (and those it inherits from the monolith's classes) whose
     *                     arguments and result travel as JSON: what a client forwards and the facade serves
     * @param exceptions   operation key → the exceptions it declares, fully qualified
     * @param visibility   operation key → {@code public}, {@code protected} or "" (package)
     * @param localOnly    name/arity of its other methods (a {@code java.sql.Connection} argument, say): a service
     *                     whose code calls one keeps a copy of the class
     * @param construction the Java expression that makes the owner's instance, from {@code dataSource} (the
     *                     service's data source) where it needs one
     * @param constants    declarations of its non-private constants, which callers may name
     */
    public record Component(String type, List<Constructor> constructors, Set<Operation> operations,
                            Map<String, List<String>> exceptions, Map<String, String> visibility, Set<String> localOnly,
                            String construction, List<String> constants) {
        public boolean needsDataSource() {
            return construction.contains("dataSource");
        }
    }

    private final Facts facts;
    private final boolean dataSourceBean;
    private final Map<String, Boolean> stateless = new HashMap<>();
    private final Travels travels;

    private PlainComponents(Facts facts, boolean dataSourceBean) {
        this.facts = facts;
        this.dataSourceBean = dataSourceBean;
        this.travels = new Travels(facts);
    }

    /**
     * The classes of a servlet web application that other services may call, sorted; empty for a Boot monolith (its
     * beans are reached through Spring).
     *
     * @param dataSourceBean whether every service has a data source over the shared database (a Spring
     *                       {@code DataSource} bean), from which the owner builds a class that takes one
     */
    public static Map<String, Component> of(Facts facts, boolean dataSourceBean) {
        Map<String, Component> found = new TreeMap<>();
        if (facts.webApp().isEmpty()) {
            return found;
        }
        PlainComponents finder = new PlainComponents(facts, dataSourceBean);
        for (String type : facts.monolith().types().keySet()) {
            finder.component(type).ifPresent(c -> found.put(type, c));
        }
        return found;
    }

    private Optional<Component> component(String fqn) {
        SourceType t = facts.monolith().type(fqn);
        if (facts.role(fqn) != Role.VALUE || facts.isThrowable(fqn) || facts.isController(fqn)
                || facts.reflectiveTypes().contains(fqn) || !(t.declaration() instanceof ClassOrInterfaceDeclaration c)
                // made and injected by a Java EE container (a CDI bean), not with new: a bean of its own services
                || facts.javaEe().map(ee -> ee.beans().contains(fqn)).orElse(false)
                || c.isInterface() || c.isAbstract() || !c.getTypeParameters().isEmpty() || !c.isPublic()
                || !ownAnnotationsOnly(c) || !facts.subtypesOf(fqn).isEmpty() || subclassedAnonymously(fqn)
                || c.getMembers().stream().anyMatch(m -> m instanceof TypeDeclaration<?> nested && !nested.isPrivate())
                || c.getImplementedTypes().stream().anyMatch(i -> !i.getNameAsString().equals("Serializable"))
                || !isStateless(fqn, 0) || !superclassesPrivateToTheirFamily(fqn) || reachesThreadState(fqn)) {
            return Optional.empty();
        }
        List<String> constants = new ArrayList<>();
        for (BodyDeclaration<?> m : c.getMembers()) {
            if (m instanceof MethodDeclaration method && method.isStatic() && !method.isPrivate()) {
                return Optional.empty();
            }
            if (m instanceof FieldDeclaration field && field.isStatic() && !field.isPrivate()) {
                Optional<String> constant = constant(t, field);
                if (constant.isEmpty()) {
                    return Optional.empty();
                }
                constants.add(constant.get());
            }
        }
        Optional<String> construction = construction(fqn, 0);
        if (construction.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<Constructor> constructors = constructors(c);
            Set<Operation> operations = new TreeSet<>();
            Map<String, List<String>> exceptions = new TreeMap<>();
            Map<String, String> visibility = new TreeMap<>();
            Set<String> localOnly = new TreeSet<>();
            operations(t, operations, exceptions, visibility, localOnly);
            return Optional.of(new Component(fqn, constructors, operations, exceptions, visibility, localOnly,
                    construction.get(), constants));
        } catch (RuntimeException e) {
            // a type the symbol solver cannot resolve (a library missing from the classpath): the class stays a copy
            return Optional.empty();
        }
    }

    /**
     * Whether a service whose code consists of {@code files} can use the client of {@code component}: none of them
     * calls one of its methods that cannot travel (or, where the receiver's type is unknown, a method of that name).
     */
    public static boolean usable(Facts facts, Component component, Set<String> files) {
        if (component.localOnly().isEmpty()) {
            return true;
        }
        for (String file : files) {
            SourceType t = facts.monolith().type(file);
            if (t == null || file.equals(component.type())) {
                continue;
            }
            for (MethodCallExpr call : t.unit().findAll(MethodCallExpr.class)) {
                String key = call.getNameAsString() + "/" + call.getArguments().size();
                if (component.localOnly().contains(key) && call.getScope().isPresent()
                        && mayBe(facts, t, call.getScope().get(), component.type())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the receiver of a call may be an instance of {@code type}; true when its type cannot be told. */
    private static boolean mayBe(Facts facts, SourceType file, Expression scope, String type) {
        Optional<String> declared = CallSites.typeOfScope(scope, file, facts.names());
        if (declared.isPresent()) {
            return declared.get().equals(type);
        }
        try {
            ResolvedType resolved = scope.calculateResolvedType();
            return !resolved.isReferenceType() || resolved.asReferenceType().getQualifiedName().equals(type);
        } catch (RuntimeException e) {
            return true;
        }
    }

    /**
     * Whether the class, or a monolith class it leads to, keeps state per thread in a static {@code ThreadLocal} (the
     * connection of the transaction in progress, the signed-in user): a call served by another process would not see
     * what the caller's thread holds, so such a class stays a copy.
     */
    private boolean reachesThreadState(String fqn) {
        Set<String> seen = new HashSet<>();
        java.util.Deque<String> work = new java.util.ArrayDeque<>(List.of(fqn));
        while (!work.isEmpty()) {
            String t = work.pop();
            if (!seen.add(t)) {
                continue;
            }
            SourceType type = facts.monolith().type(t);
            if (type == null) {
                continue;
            }
            for (FieldDeclaration field : type.declaration().findAll(FieldDeclaration.class)) {
                if (field.isStatic() && field.getElementType().isClassOrInterfaceType() && field.getElementType()
                        .asClassOrInterfaceType().getName().getIdentifier().endsWith("ThreadLocal")) {
                    return true;
                }
            }
            work.addAll(facts.references(t));
        }
        return false;
    }

    private static boolean ownAnnotationsOnly(ClassOrInterfaceDeclaration c) {
        return c.getAnnotations().stream().allMatch(a -> Set.of("SuppressWarnings", "Deprecated")
                .contains(a.getName().getIdentifier()));
    }

    private boolean subclassedAnonymously(String fqn) {
        for (SourceType t : facts.monolith().types().values()) {
            if (!facts.references(t.fqn()).contains(fqn) && !t.fqn().equals(fqn)) {
                continue;
            }
            for (ObjectCreationExpr created : t.unit().findAll(ObjectCreationExpr.class)) {
                if (created.getAnonymousClassBody().isPresent()
                        && fqn.equals(facts.names().resolve(t.unit(), created.getType().getNameWithScope()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The monolith superclasses of {@code fqn} (a DAO's {@code AbstractDao<T>}) stay out of the callers' sight: only
     * their own subclasses name them, so no caller holds the client as one.
     */
    private boolean superclassesPrivateToTheirFamily(String fqn) {
        for (String sup : superclasses(fqn)) {
            Set<String> family = facts.subtypesOf(sup);
            for (String t : facts.monolith().types().keySet()) {
                if (!t.equals(sup) && !family.contains(t) && facts.references(t).contains(sup)) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<String> superclasses(String fqn) {
        return superclasses(facts, fqn);
    }

    /** The monolith classes {@code fqn} extends, nearest first; a library superclass makes the list null-terminated. */
    static List<String> superclasses(Facts facts, String fqn) {
        List<String> found = new ArrayList<>();
        String current = fqn;
        for (int depth = 0; depth < 10; depth++) {
            SourceType t = facts.monolith().type(current);
            if (!(t.declaration() instanceof ClassOrInterfaceDeclaration c) || c.getExtendedTypes().isEmpty()) {
                return found;
            }
            String sup = facts.names().resolve(t.unit(), c.getExtendedTypes().get(0).getNameWithScope());
            if (sup == null || facts.monolith().type(sup) == null) {
                found.add(null);
                return found;
            }
            found.add(sup);
            current = sup;
        }
        return found;
    }

    /**
     * Whether instances of a monolith class carry no state of their own: it and its monolith superclasses (no library
     * one) have only final instance fields, each a data source, a logger, an immutable JDK value or another such
     * class.
     */
    private boolean isStateless(String fqn, int depth) {
        Boolean known = stateless.get(fqn);
        if (known != null) {
            return known;
        }
        if (depth > DEPTH) {
            return false;
        }
        stateless.put(fqn, false);
        List<String> chain = new ArrayList<>(List.of(fqn));
        chain.addAll(superclasses(fqn));
        boolean result = !chain.contains(null);
        for (int i = 0; result && i < chain.size(); i++) {
            SourceType t = facts.monolith().type(chain.get(i));
            if (!(t.declaration() instanceof ClassOrInterfaceDeclaration c) || c.isInterface()) {
                result = false;
                break;
            }
            for (FieldDeclaration field : c.getFields()) {
                if (field.isStatic()) {
                    continue;
                }
                boolean ownPrivate = i > 0 || field.isPrivate();
                if (!field.isFinal() || !ownPrivate || !field.getVariables().stream().allMatch(v -> statelessType(t, v,
                        depth))) {
                    result = false;
                    break;
                }
            }
        }
        stateless.put(fqn, result);
        return result;
    }

    private boolean statelessType(SourceType owner, VariableDeclarator v, int depth) {
        if (v.getType().isPrimitiveType()) {
            return true;
        }
        if (!v.getType().isClassOrInterfaceType()) {
            return false;
        }
        ClassOrInterfaceType type = v.getType().asClassOrInterfaceType();
        String monolith = facts.names().resolve(owner.unit(), type.getNameWithScope());
        if (monolith != null) {
            return facts.monolith().type(monolith).declaration() instanceof ClassOrInterfaceDeclaration c
                    && !c.isInterface() && isStateless(monolith, depth + 1);
        }
        return STATELESS_JDK.contains(qualified(owner, type.getNameWithScope()));
    }

    /** The qualified name of a JDK or library type as the file names it (imported, java.lang, or written out). */
    private static String qualified(SourceType owner, String name) {
        if (name.contains(".")) {
            return name;
        }
        for (var imp : owner.unit().getImports()) {
            if (!imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(name)) {
                return imp.getNameAsString();
            }
        }
        for (var imp : owner.unit().getImports()) {
            if (!imp.isStatic() && imp.isAsterisk() && STATELESS_JDK.contains(imp.getNameAsString() + "." + name)) {
                return imp.getNameAsString() + "." + name;
            }
        }
        return "java.lang." + name;
    }

    /** A literal constant of a primitive or String type, written out in full for the client. */
    private static Optional<String> constant(SourceType owner, FieldDeclaration field) {
        if (!field.isFinal() || field.getVariables().size() != 1) {
            return Optional.empty();
        }
        VariableDeclarator v = field.getVariable(0);
        Optional<Expression> init = v.getInitializer();
        String typeText;
        if (v.getType().isPrimitiveType()) {
            typeText = v.getType().asString();
        } else if (v.getType().isClassOrInterfaceType() && v.getType().asString().equals("String")) {
            typeText = "java.lang.String";
        } else {
            return Optional.empty();
        }
        if (init.isEmpty() || !(init.get() instanceof LiteralExpr)) {
            return Optional.empty();
        }
        String visibility = field.isPublic() ? "public " : field.isProtected() ? "protected " : "";
        return Optional.of(visibility + "static final " + typeText + " " + v.getNameAsString() + " = "
                + init.get() + ";");
    }

    /**
     * How the owner makes its instance: with the constructor the monolith's code calls most (in source order on a
     * tie) among those whose arguments it can supply: the service's data source, or another such class it makes.
     */
    private Optional<String> construction(String fqn, int depth) {
        if (depth > DEPTH) {
            return Optional.empty();
        }
        SourceType t = facts.monolith().type(fqn);
        if (!(t.declaration() instanceof ClassOrInterfaceDeclaration c) || c.isAbstract() || c.isInterface()
                || !isStateless(fqn, 0)) {
            return Optional.empty();
        }
        List<ConstructorDeclaration> declared = c.getConstructors();
        if (declared.isEmpty()) {
            return Optional.of("new " + fqn + "()");
        }
        Map<Integer, Integer> calls = callsByArity(fqn);
        String best = null;
        int bestCalls = -1;
        for (ConstructorDeclaration ctor : declared) {
            if (ctor.isPrivate()) {
                continue;
            }
            List<String> args = new ArrayList<>();
            for (var p : ctor.getParameters()) {
                String arg = null;
                if (p.getType().isClassOrInterfaceType()) {
                    String name = p.getType().asClassOrInterfaceType().getNameWithScope();
                    String monolith = facts.names().resolve(t.unit(), name);
                    if (monolith != null) {
                        arg = construction(monolith, depth + 1).orElse(null);
                    } else if (dataSourceBean && qualified(t, name).equals(DATA_SOURCE)) {
                        arg = "dataSource";
                    }
                }
                if (arg == null || p.isVarArgs()) {
                    args = null;
                    break;
                }
                args.add(arg);
            }
            int used = calls.getOrDefault(ctor.getParameters().size(), 0);
            if (args != null && used > bestCalls) {
                best = "new " + fqn + "(" + String.join(", ", args) + ")";
                bestCalls = used;
            }
        }
        return Optional.ofNullable(best);
    }

    private Map<Integer, Integer> callsByArity(String fqn) {
        Map<Integer, Integer> calls = new HashMap<>();
        for (SourceType t : facts.monolith().types().values()) {
            if (!facts.references(t.fqn()).contains(fqn) && !t.fqn().equals(fqn)) {
                continue;
            }
            for (ObjectCreationExpr created : t.unit().findAll(ObjectCreationExpr.class)) {
                if (fqn.equals(facts.names().resolve(t.unit(), created.getType().getNameWithScope()))) {
                    calls.merge(created.getArguments().size(), 1, Integer::sum);
                }
            }
        }
        return calls;
    }

    private List<Constructor> constructors(ClassOrInterfaceDeclaration c) {
        List<Constructor> found = new ArrayList<>();
        for (ConstructorDeclaration ctor : c.getConstructors()) {
            if (ctor.isPrivate()) {
                continue;
            }
            ResolvedConstructorDeclaration resolved = ctor.resolve();
            List<String> params = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < resolved.getNumberOfParams(); i++) {
                String text = TypeText.of(resolved.getParam(i).getType(), Map.of());
                params.add(ctor.getParameter(i).isVarArgs() && text.endsWith("[]")
                        ? text.substring(0, text.length() - 2) + "..." : text);
                names.add(ctor.getParameter(i).getNameAsString());
            }
            List<String> exceptions = new ArrayList<>();
            for (int i = 0; i < resolved.getNumberOfSpecifiedExceptions(); i++) {
                exceptions.add(TypeText.of(resolved.getSpecifiedException(i), Map.of()));
            }
            found.add(new Constructor(params, names, exceptions, visibility(ctor.getModifiers())));
        }
        return found;
    }

    private static String visibility(Iterable<Modifier> modifiers) {
        for (Modifier m : modifiers) {
            switch (m.getKeyword()) {
                case PUBLIC -> {
                    return "public";
                }
                case PROTECTED -> {
                    return "protected";
                }
                default -> {
                }
            }
        }
        return "";
    }

    /** The class's non-private instance methods and those it inherits from the monolith's classes. */
    private void operations(SourceType t, Set<Operation> operations, Map<String, List<String>> exceptions,
                            Map<String, String> visibility, Set<String> localOnly) {
        Map<String, ResolvedType> bindings = new HashMap<>();
        List<MethodUsage> all = Operations.allMethods(t, bindings);
        Map<String, MethodUsage> bySignature = new LinkedHashMap<>();
        for (MethodUsage m : all) {
            ResolvedMethodDeclaration d = m.getDeclaration();
            String declaring = d.declaringType().getQualifiedName();
            if (d.isStatic() || d.accessSpecifier() == com.github.javaparser.ast.AccessSpecifier.PRIVATE
                    || facts.monolith().type(declaring) == null || OBJECT_METHODS.contains(m.getName())
                    || d.isAbstract()) {
                continue;
            }
            Operation op = Operations.operation(t.fqn(), m, bindings);
            bySignature.putIfAbsent(op.key(), m);
        }
        for (MethodUsage m : bySignature.values()) {
            ResolvedMethodDeclaration d = m.getDeclaration();
            Operation op = Operations.operation(t.fqn(), m, bindings);
            if (!travels.signature(m, bindings)) {
                localOnly.add(m.getName() + "/" + m.getNoParams());
                continue;
            }
            operations.add(op);
            List<String> thrown = new ArrayList<>();
            for (int i = 0; i < d.getNumberOfSpecifiedExceptions(); i++) {
                thrown.add(TypeText.of(d.getSpecifiedException(i), bindings));
            }
            exceptions.put(op.key(), thrown);
            visibility.put(op.key(), switch (d.accessSpecifier()) {
                case PUBLIC -> "public";
                case PROTECTED -> "protected";
                default -> "";
            });
        }
    }
}
