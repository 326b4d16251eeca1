package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a Java EE application asks of its application server, read from its sources and descriptors: the classes the
 * container makes (session beans, message-driven beans, CDI beans, JAX-RS resources and providers), the data sources
 * and JMS destinations it declares ({@code @DataSourceDefinition}, {@code @JMSDestinationDefinition}), the
 * env-entries of {@code web.xml}, its persistence unit and its JAX-RS application path. The generated services run
 * these classes as Spring beans (the runtime's {@code LegacyEjb}, {@code LegacyJaxRs}, {@code LegacyJms}).
 *
 * @param beans           the classes the container makes, sorted
 * @param jaxRs           resources ({@code @Path}) and providers ({@code @Provider}), sorted
 * @param mdbs            message-driven beans, sorted
 * @param setupBeans      start-up singletons that create or load the database ({@code @PostConstruct} running SQL
 *                        scripts or DDL): run once, by the database module, not by every service
 * @param applicationPath the JAX-RS application path ({@code /api}), "" for none
 * @param dataSources     JNDI name → declared data source
 * @param destinations    JNDI name → {@code queue:<name>} or {@code topic:<name>}
 * @param envEntries      env-entry name → {@code <type>|<value>}
 * @param persistenceUnit the persistence unit's name, null when the application has none
 * @param unitDataSource  the JNDI name of the unit's data source ({@code <jta-data-source>}, else
 *                        {@code <non-jta-data-source>}), null for the server's default one
 * @param unitProperties  the unit's {@code <properties>}
 * @param unsupported     what the container did that the services do not (timers, asynchronous methods,
 *                        interceptors...), as {@code file:line: what}
 */
public record JavaEe(Set<String> beans, Set<String> jaxRs, Set<String> mdbs, Set<String> setupBeans,
                     String applicationPath, Map<String, DataSource> dataSources, Map<String, String> destinations,
                     Map<String, String> envEntries, String persistenceUnit, String unitDataSource,
                     Map<String, String> unitProperties, List<String> unsupported) {

    /** A data source the application declares for its server. */
    public record DataSource(String name, String url, String user, String password, String driver) {
    }

    private static final Set<String> SESSION_BEANS = Set.of("Stateless", "Stateful", "Singleton");
    private static final Set<String> CDI_SCOPES = Set.of("ApplicationScoped", "RequestScoped", "SessionScoped",
            "ConversationScoped", "Dependent", "Named");
    private static final Set<String> INJECTION = Set.of("Inject", "EJB");
    private static final Map<String, String> UNSUPPORTED = new LinkedHashMap<>();

    static {
        UNSUPPORTED.put("Schedule", "an EJB timer (@Schedule) does not run");
        UNSUPPORTED.put("Schedules", "EJB timers (@Schedules) do not run");
        UNSUPPORTED.put("Timeout", "an EJB timer callback (@Timeout) is not called");
        UNSUPPORTED.put("Asynchronous", "an @Asynchronous method runs in the caller's thread");
        UNSUPPORTED.put("Interceptors", "@Interceptors are not applied");
        UNSUPPORTED.put("AroundInvoke", "an @AroundInvoke interceptor is not applied");
        UNSUPPORTED.put("Observes", "a CDI observer method (@Observes) is not called");
        UNSUPPORTED.put("Produces", "a CDI producer (@Produces) is not used");
        UNSUPPORTED.put("RolesAllowed", "@RolesAllowed is not enforced");
    }

    /** Whether the type is a bean the Java EE container makes (the monolith's own imports decide the annotations). */
    static boolean isContainerBean(SourceType t) {
        if (!(t.declaration() instanceof ClassOrInterfaceDeclaration c) || c.isInterface() || c.isAbstract()) {
            return false;
        }
        boolean ejb = imports(t, "ejb");
        return ejb && (SESSION_BEANS.stream().anyMatch(t::hasAnnotation) || t.hasAnnotation("MessageDriven"))
                || imports(t, "enterprise.context") && CDI_SCOPES.stream().anyMatch(t::hasAnnotation)
                || imports(t, "inject") && t.hasAnnotation("Named")
                || isJaxRs(t);
    }

    static boolean isJaxRs(SourceType t) {
        return imports(t, "ws.rs") && (t.hasAnnotation("Path") || t.hasAnnotation("Provider"))
                && t.declaration() instanceof ClassOrInterfaceDeclaration c && !c.isInterface() && !c.isAbstract();
    }

    /** Whether the file imports from {@code javax.<api>} or {@code jakarta.<api>}. */
    static boolean imports(SourceType t, String api) {
        return t.unit().getImports().stream().map(i -> i.getNameAsString())
                .anyMatch(n -> n.startsWith("javax." + api + ".") || n.startsWith("jakarta." + api + ".")
                        || n.equals("javax." + api) || n.equals("jakarta." + api));
    }

    /**
     * The application's Java EE facts, or empty when it has no class a Java EE container makes (a plain servlet
     * application, or one whose own code makes its beans).
     */
    public static Optional<JavaEe> read(Monolith monolith, WebApp web, Set<String> reflective) {
        Set<String> beans = new TreeSet<>();
        Set<String> jaxRs = new TreeSet<>();
        Set<String> mdbs = new TreeSet<>();
        for (SourceType t : monolith.types().values()) {
            // a session bean its own service locator makes by name (servlet-library) runs as it did
            if (isContainerBean(t) && !(reflective.contains(t.fqn()) && !isJaxRs(t) && !t.hasAnnotation("MessageDriven"))) {
                beans.add(t.fqn());
                if (isJaxRs(t)) {
                    jaxRs.add(t.fqn());
                }
                if (t.hasAnnotation("MessageDriven")) {
                    mdbs.add(t.fqn());
                }
            }
        }
        if (beans.isEmpty()) {
            return Optional.empty();
        }
        // CDI with bean discovery "all": a concrete class of the monolith injected with @Inject or @EJB is a bean, and
        // so is each concrete implementation of an injected interface or abstract class
        Map<String, Set<String>> implementations = implementations(monolith);
        boolean grown = true;
        while (grown) {
            grown = false;
            for (String bean : List.copyOf(beans)) {
                for (String injected : injectedTypes(monolith.type(bean), monolith)) {
                    Set<String> candidates = new TreeSet<>(implementations.getOrDefault(injected, Set.of()));
                    candidates.add(injected);
                    for (String candidate : candidates) {
                        SourceType t = monolith.type(candidate);
                        if (t != null && t.declaration() instanceof ClassOrInterfaceDeclaration c && !c.isInterface()
                                && !c.isAbstract() && beans.add(candidate)) {
                            grown = true;
                        }
                    }
                }
            }
        }
        Map<String, List<MethodDeclaration>> methods = new java.util.HashMap<>();
        monolith.types().values().forEach(t -> t.declaration().findAll(MethodDeclaration.class)
                .forEach(m -> methods.computeIfAbsent(m.getNameAsString(), k -> new ArrayList<>()).add(m)));
        Set<String> setup = new TreeSet<>();
        Map<String, DataSource> dataSources = new TreeMap<>();
        Map<String, String> destinations = new TreeMap<>();
        List<String> unsupported = new ArrayList<>();
        String applicationPath = "";
        for (SourceType t : monolith.types().values()) {
            for (AnnotationExpr a : t.declaration().findAll(AnnotationExpr.class)) {
                String name = a.getName().getIdentifier();
                if (name.equals("DataSourceDefinition")) {
                    Map<String, String> v = values(a);
                    if (v.get("name") != null) {
                        dataSources.put(v.get("name"), new DataSource(v.get("name"), v.get("url"), v.get("user"),
                                v.get("password"), v.get("className")));
                    }
                } else if (name.equals("JMSDestinationDefinition")) {
                    Map<String, String> v = values(a);
                    if (v.get("name") != null) {
                        String physical = v.getOrDefault("destinationName", v.get("name").replaceAll(".*/", ""));
                        destinations.put(v.get("name"), (String.valueOf(v.get("interfaceName")).endsWith("Topic")
                                ? "topic:" : "queue:") + physical);
                    }
                } else if (name.equals("ApplicationPath") && imports(t, "ws.rs")) {
                    applicationPath = normalize(values(a).getOrDefault("value", ""));
                } else if (UNSUPPORTED.containsKey(name) && (imports(t, "ejb") || imports(t, "interceptor")
                        || imports(t, "enterprise.inject") || imports(t, "enterprise.event")
                        || imports(t, "annotation.security"))) {
                    unsupported.add("src/main/java/" + t.relativePath() + a.getBegin().map(p -> ":" + p.line).orElse("")
                            + ": " + UNSUPPORTED.get(name));
                }
            }
            if (beans.contains(t.fqn()) && t.hasAnnotation("Startup") && t.hasAnnotation("Singleton")) {
                for (MethodDeclaration m : t.declaration().getMethods()) {
                    if (m.getAnnotationByName("PostConstruct").isPresent() && m.getBody().isPresent()
                            && LegacyData.setsUpData(m.getBody().get(), methods)) {
                        setup.add(t.fqn());
                    }
                }
            }
        }
        if (applicationPath.isEmpty() && !jaxRs.isEmpty()) {
            // an Application declared in web.xml (<servlet-name>javax.ws.rs.core.Application</servlet-name>)
            for (WebApp.Servlet s : web.servlets()) {
                if (String.valueOf(s.name()).endsWith("ws.rs.core.Application") && !s.patterns().isEmpty()) {
                    applicationPath = normalize(s.patterns().get(0));
                }
            }
        }
        Path persistence = monolith.root().resolve("src/main/resources/META-INF/persistence.xml");
        String unit = null;
        String unitDataSource = null;
        Map<String, String> unitProperties = new TreeMap<>();
        if (Files.isRegularFile(persistence)) {
            Element root = DescriptorXml.root(persistence, "its persistence unit cannot be read; correct it");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getLocalName() != null && e.getLocalName().equals("persistence-unit")) {
                    if (unit == null) {
                        unit = e.getAttribute("name");
                        String jta = text(e, "jta-data-source");
                        String plain = text(e, "non-jta-data-source");
                        unitDataSource = !jta.isEmpty() ? jta : !plain.isEmpty() ? plain : null;
                        for (Element p : descendants(e, "property")) {
                            unitProperties.put(p.getAttribute("name"), p.getAttribute("value"));
                        }
                    } else {
                        unsupported.add("src/main/resources/META-INF/persistence.xml: persistence unit "
                                + e.getAttribute("name") + " is not set up (only the first, " + unit + ")");
                    }
                }
            }
        }
        Map<String, String> env = new TreeMap<>();
        Path descriptor = monolith.root().resolve(WebApp.WEBAPP).resolve("WEB-INF/web.xml");
        if (Files.isRegularFile(descriptor)) {
            for (Element e : descendants(DescriptorXml.root(descriptor, "its env-entries cannot be read"), "env-entry")) {
                String name = text(e, "env-entry-name");
                if (!name.isEmpty()) {
                    String type = text(e, "env-entry-type");
                    env.put(name, (type.isEmpty() ? "java.lang.String" : type) + "|" + text(e, "env-entry-value"));
                }
            }
        }
        serverDescriptors(monolith.root(), dataSources);
        return Optional.of(new JavaEe(beans, jaxRs, mdbs, setup, applicationPath, dataSources, destinations, env, unit,
                unitDataSource, unitProperties, unsupported));
    }

    /**
     * Data sources the application deploys with itself for JBoss/WildFly ({@code WEB-INF/*-ds.xml},
     * {@code META-INF/*-ds.xml}: {@code <datasource jndi-name> <connection-url> <security><user-name>}).
     */
    private static void serverDescriptors(Path root, Map<String, DataSource> dataSources) {
        for (Path dir : List.of(root.resolve(WebApp.WEBAPP).resolve("WEB-INF"),
                root.resolve("src/main/resources/META-INF"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(x -> x.getFileName().toString().endsWith("-ds.xml")).sorted().toList()) {
                    for (Element ds : descendants(DescriptorXml.root(f, "its data sources cannot be read"),
                            "datasource")) {
                        String name = ds.getAttribute("jndi-name");
                        String url = text(ds, "connection-url");
                        if (!name.isEmpty() && !url.isEmpty()) {
                            dataSources.putIfAbsent(name, new DataSource(name, url, emptyAsNull(text(ds, "user-name")),
                                    emptyAsNull(text(ds, "password")), emptyAsNull(text(ds, "driver-class"))));
                        }
                    }
                }
            } catch (java.io.IOException e) {
                // an unreadable folder deploys no data source
            }
        }
    }

    private static String emptyAsNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /**
     * The data source the application's database is: its persistence unit's when the application declares it
     * ({@code @DataSourceDefinition}, a {@code *-ds.xml}), else the first it declares; empty when the unit uses one
     * the server defines (its default, or one of its configuration) or there is none.
     */
    public Optional<DataSource> database() {
        if (unitDataSource != null) {
            DataSource unit = dataSources.get(unitDataSource);
            if (unit != null && unit.url() != null) {
                return Optional.of(unit);
            }
        }
        return dataSources.values().stream().filter(d -> d.url() != null).findFirst();
    }

    /**
     * What the persistence unit asks its provider to do to the schema at start, as Hibernate's {@code ddl-auto}:
     * {@code create} for the JPA standard's {@code create}/{@code drop-and-create}, Hibernate's {@code create}/
     * {@code create-drop}, EclipseLink's {@code drop-and-create-tables}; {@code update} for EclipseLink's
     * {@code create-tables}/{@code create-or-extend-tables}, OpenJPA's {@code buildSchema} and Hibernate's
     * {@code update}; {@code validate}; null when it asks nothing.
     */
    public String schemaGeneration() {
        for (String prefix : List.of("jakarta", "javax")) {
            String action = unitProperties.get(prefix + ".persistence.schema-generation.database.action");
            if (action != null) {
                return switch (action.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "create", "drop-and-create" -> "create";
                    case "create-or-extend-tables" -> "update";
                    default -> null;
                };
            }
        }
        String hibernate = unitProperties.get("hibernate.hbm2ddl.auto");
        if (hibernate != null) {
            return switch (hibernate.strip()) {
                case "create", "create-drop", "create-only" -> "create";
                case "update" -> "update";
                case "validate" -> "validate";
                default -> null;
            };
        }
        String eclipseLink = unitProperties.get("eclipselink.ddl-generation");
        if (eclipseLink != null) {
            return eclipseLink.strip().equals("drop-and-create-tables") ? "create"
                    : eclipseLink.strip().endsWith("tables") ? "update" : null;
        }
        String openJpa = unitProperties.get("openjpa.jdbc.SynchronizeMappings");
        return openJpa != null && openJpa.contains("buildSchema") ? "update" : null;
    }

    /** Whether a unit property sets the schema or data up (kept for the database module, left out of the services). */
    public static boolean setsUpSchema(String property) {
        return property.contains(".schema-generation.") || property.contains("sql-load-script")
                || property.startsWith("hibernate.hbm2ddl.") || property.startsWith("eclipselink.ddl-generation")
                || property.equals("openjpa.jdbc.SynchronizeMappings");
    }

    /** Whether the application sends or receives JMS messages. */
    public boolean jms() {
        return !mdbs.isEmpty() || !destinations.isEmpty();
    }

    /** Type → the monolith's classes that extend or implement it, directly or not. */
    private static Map<String, Set<String>> implementations(Monolith monolith) {
        NameResolver names = new NameResolver(monolith.types());
        Map<String, Set<String>> direct = new TreeMap<>();
        for (SourceType t : monolith.types().values()) {
            if (t.declaration() instanceof ClassOrInterfaceDeclaration c) {
                java.util.stream.Stream.concat(c.getExtendedTypes().stream(), c.getImplementedTypes().stream())
                        .map(e -> names.resolve(t.unit(), e.getNameWithScope()))
                        .filter(java.util.Objects::nonNull)
                        .forEach(sup -> direct.computeIfAbsent(sup, k -> new TreeSet<>()).add(t.fqn()));
            }
        }
        Map<String, Set<String>> all = new TreeMap<>();
        for (String type : direct.keySet()) {
            Set<String> found = new TreeSet<>();
            java.util.Deque<String> work = new java.util.ArrayDeque<>(direct.get(type));
            while (!work.isEmpty()) {
                String sub = work.pop();
                if (found.add(sub)) {
                    work.addAll(direct.getOrDefault(sub, Set.of()));
                }
            }
            all.put(type, found);
        }
        return all;
    }

    /** The monolith classes a type injects with {@code @Inject} or {@code @EJB} (fields and constructor parameters). */
    static Set<String> injectedTypes(SourceType t, Monolith monolith) {
        Set<String> found = new TreeSet<>();
        if (t == null) {
            return found;
        }
        NameResolver names = new NameResolver(monolith.types());
        for (FieldDeclaration f : t.declaration().getFields()) {
            if (f.getAnnotations().stream().anyMatch(a -> INJECTION.contains(a.getName().getIdentifier()))) {
                String fqn = names.resolve(t.unit(), f.getElementType().asString().replaceAll("<.*", ""));
                if (fqn != null) {
                    found.add(fqn);
                }
            }
        }
        for (ConstructorDeclaration c : t.declaration().findAll(ConstructorDeclaration.class)) {
            if (c.getAnnotationByName("Inject").isPresent()) {
                c.getParameters().forEach(p -> {
                    String fqn = names.resolve(t.unit(), p.getType().asString().replaceAll("<.*", ""));
                    if (fqn != null) {
                        found.add(fqn);
                    }
                });
            }
        }
        return found;
    }

    private static String normalize(String path) {
        String p = path.strip();
        if (p.endsWith("/*")) {
            p = p.substring(0, p.length() - 2);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? "" : p.startsWith("/") ? p : "/" + p;
    }

    /** The string literals of an annotation's members ({@code value} for a single member). */
    private static Map<String, String> values(AnnotationExpr a) {
        Map<String, String> v = new LinkedHashMap<>();
        if (a instanceof SingleMemberAnnotationExpr s) {
            literal(s.getMemberValue()).ifPresent(x -> v.put("value", x));
        } else if (a instanceof NormalAnnotationExpr n) {
            n.getPairs().forEach(p -> literal(p.getValue()).ifPresent(x -> v.put(p.getNameAsString(), x)));
        }
        return v;
    }

    private static Optional<String> literal(Expression e) {
        if (e instanceof StringLiteralExpr s) {
            return Optional.of(s.asString());
        }
        if (e.isFieldAccessExpr() || e.isNameExpr()) {
            // a class literal's name (interfaceName = "javax.jms.Queue" written as a constant) is read as written
            return Optional.of(e.toString());
        }
        return Optional.empty();
    }

    private static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        org.w3c.dom.NodeList all = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        if (found.isEmpty()) {
            all = root.getElementsByTagName(localName);
            for (int i = 0; i < all.getLength(); i++) {
                found.add((Element) all.item(i));
            }
        }
        return found;
    }

    private static String text(Element parent, String localName) {
        List<Element> found = descendants(parent, localName);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }
}
