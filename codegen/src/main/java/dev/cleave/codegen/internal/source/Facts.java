package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the generator needs to know about every monolith type: its role, the monolith types it references, the
 * events it listens to. Computed once from the parsed sources; all maps and sets are sorted.
 */
public final class Facts {
    private static final Set<String> BEAN_ANNOTATIONS = Set.of("Service", "Component", "Controller",
            "RestController", "Configuration", "ControllerAdvice", "RestControllerAdvice");
    private static final Set<String> ENTITY_ANNOTATIONS = Set.of("Entity", "MappedSuperclass", "Embeddable");
    private static final Set<String> LISTENER_ANNOTATIONS = Set.of("EventListener", "TransactionalEventListener");

    private final Monolith monolith;
    private final NameResolver names;
    /** The servlet web application of a monolith without a Spring Boot application class; null otherwise. */
    private final WebApp webApp;
    /** What a Java EE container does for the servlet web application, null when it needs no container. */
    private final JavaEe javaEe;
    private final Map<String, Role> roles = new TreeMap<>();
    private final Map<String, Set<String>> references = new TreeMap<>();
    /** application class → the configurations its {@code @Import} names that its scan registers anyway */
    private final Map<String, Set<String>> scannedImports = new TreeMap<>();
    /** type → the monolith types that extend or implement it directly */
    private final Map<String, Set<String>> subtypes = new TreeMap<>();
    private final Map<String, Set<String>> listenedEvents = new TreeMap<>();
    private final Map<String, Boolean> throwables = new java.util.concurrent.ConcurrentHashMap<>();
    /** The beans that Spring expressions in annotations name. */
    private final SpelReferences spel;

    public Facts(Monolith monolith) {
        this.monolith = monolith;
        this.names = new NameResolver(monolith.types());
        boolean boot = monolith.types().values().stream().anyMatch(t -> t.hasAnnotation("SpringBootApplication"));
        this.webApp = boot ? null : WebApp.read(monolith.root(), monolith.types()).orElse(null);
        this.javaEe = webApp == null ? null : JavaEe.read(monolith, webApp, reflectiveTypes()).orElse(null);
        this.spel = new SpelReferences(monolith.types(), names);
        monolith.types().values().forEach(t -> references.put(t.fqn(), References.of(t, names, spel)));
        monolith.types().values().forEach(t -> roles.put(t.fqn(), ownRole(t)));
        monolith.types().values().stream().filter(t -> roles.get(t.fqn()) == Role.APPLICATION).forEach(t -> {
            Set<String> scanned = ScannedImports.of(t, names, fqn -> monolith.type(fqn) != null
                    && BEAN_ANNOTATIONS.stream().anyMatch(monolith.type(fqn)::hasAnnotation));
            if (!scanned.isEmpty()) {
                scannedImports.put(t.fqn(), scanned);
            }
        });
        monolith.types().values().forEach(t -> supertypes(t).forEach(
                sup -> subtypes.computeIfAbsent(sup, k -> new TreeSet<>()).add(t.fqn())));
        markBeanInterfaces();
        monolith.types().values().forEach(t -> listenedEvents.put(t.fqn(), events(t)));
    }

    public Monolith monolith() {
        return monolith;
    }

    public NameResolver names() {
        return names;
    }

    SpelReferences spel() {
        return spel;
    }

    /**
     * The bean name the type's stereotype annotation gives it ({@code @Component("ownership")}), which a client
     * standing in for it keeps, so that expressions and lookups by that name find it; "" when it has none.
     */
    public String givenBeanName(String fqn) {
        return spel.givenName(fqn);
    }

    /**
     * The servlet web application of a monolith that is not a Spring Boot application (a WAR of servlets, filters and
     * listeners), which the generated services run in Boot's embedded Tomcat; empty for a Boot monolith.
     */
    public java.util.Optional<WebApp> webApp() {
        return java.util.Optional.ofNullable(webApp);
    }

    /**
     * The classes a Java EE container makes for the servlet web application, and what else it asks of its server;
     * empty for a Boot monolith and for a servlet application that makes its own objects.
     */
    public java.util.Optional<JavaEe> javaEe() {
        return java.util.Optional.ofNullable(javaEe);
    }

    /**
     * For a servlet web application: the monolith's classes that its own settings files name
     * ({@code src/main/resources/**.properties} and {@code .xml}, {@code WEB-INF/*.xml} but the deployment descriptor),
     * such as the bean classes a service locator instantiates from {@code ejb-jndi.properties}. Code reaches them by
     * reflection, where no reference shows; every service gets them. Empty for a Boot monolith.
     */
    public Set<String> reflectiveTypes() {
        if (webApp == null) {
            return Set.of();
        }
        if (reflective == null) {
            Set<String> found = new TreeSet<>();
            java.util.regex.Pattern name = java.util.regex.Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+");
            for (java.nio.file.Path dir : List.of(monolith.root().resolve("src/main/resources"),
                    monolith.root().resolve(WebApp.WEBAPP).resolve("WEB-INF"))) {
                if (!java.nio.file.Files.isDirectory(dir)) {
                    continue;
                }
                try (var files = java.nio.file.Files.walk(dir)) {
                    for (java.nio.file.Path f : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                        String file = f.getFileName().toString();
                        if ((file.endsWith(".properties") || file.endsWith(".xml")) && !file.equals("web.xml")) {
                            java.util.regex.Matcher m = name.matcher(java.nio.file.Files.readString(f));
                            while (m.find()) {
                                if (monolith.type(m.group()) != null) {
                                    found.add(m.group());
                                }
                            }
                        }
                    }
                } catch (java.io.IOException | java.io.UncheckedIOException e) {
                    // not text: names no class
                }
            }
            found.addAll(namedInPages(name));
            found.addAll(myBatisAliases());
            reflective = found;
        }
        return reflective;
    }

    /**
     * The monolith's classes that its pages name in full ({@code <%@ page import>}, {@code <jsp:useBean class>},
     * Stripes' {@code beanclass}): the pages are in every service, and a page that names a missing class fails.
     */
    private Set<String> namedInPages(java.util.regex.Pattern name) {
        java.nio.file.Path webapp = monolith.root().resolve(WebApp.WEBAPP);
        Set<String> found = new TreeSet<>();
        if (!java.nio.file.Files.isDirectory(webapp)) {
            return found;
        }
        try (var files = java.nio.file.Files.walk(webapp)) {
            for (java.nio.file.Path f : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                String file = f.getFileName().toString();
                if (file.endsWith(".jsp") || file.endsWith(".jspf") || file.endsWith(".tag") || file.endsWith(".tagx")
                        || file.endsWith(".jspx")) {
                    java.util.regex.Matcher m = name.matcher(java.nio.file.Files.readString(f));
                    while (m.find()) {
                        if (monolith.type(m.group()) != null) {
                            found.add(m.group());
                        }
                    }
                }
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // a page that is not text names no class
        }
        return found;
    }

    private static final java.util.regex.Pattern MYBATIS_TYPE = java.util.regex.Pattern.compile(
            "\\b(resultType|parameterType|type|ofType|javaType)\\s*=\\s*\"([A-Za-z_$][\\w$]*)\"");
    private static final java.util.regex.Pattern ALIAS_PACKAGE = java.util.regex.Pattern.compile(
            "<package\\s+name\\s*=\\s*\"([^\"]+)\"|typeAliasesPackage\"\\s+value\\s*=\\s*\"([^\"]+)\"");

    /**
     * The classes that MyBatis mapper files name by their alias ({@code resultType="Claim"}, the simple name of a class
     * of a {@code <typeAliases><package>} or {@code typeAliasesPackage}): every service loads every mapper file, and
     * MyBatis refuses one whose alias it cannot resolve.
     */
    private Set<String> myBatisAliases() {
        java.nio.file.Path dir = monolith.root().resolve("src/main/resources");
        Set<String> names = new TreeSet<>();
        Set<String> packages = new TreeSet<>();
        if (!java.nio.file.Files.isDirectory(dir)) {
            return Set.of();
        }
        try (var files = java.nio.file.Files.walk(dir)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                String text = java.nio.file.Files.readString(f);
                java.util.regex.Matcher pkg = ALIAS_PACKAGE.matcher(text);
                while (pkg.find()) {
                    String value = pkg.group(1) != null ? pkg.group(1) : pkg.group(2);
                    for (String p : value.split("[,;\\s]+")) {
                        if (!p.isBlank()) {
                            packages.add(p.strip());
                        }
                    }
                }
                if (text.contains("<mapper") && text.contains("namespace")) {
                    java.util.regex.Matcher m = MYBATIS_TYPE.matcher(text);
                    while (m.find()) {
                        names.add(m.group(2).toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return Set.of();
        }
        Set<String> found = new TreeSet<>();
        for (SourceType t : monolith.types().values()) {
            boolean aliased = packages.isEmpty() || packages.contains(t.packageName());
            if (aliased && names.contains(t.simpleName().toLowerCase(java.util.Locale.ROOT))) {
                found.add(t.fqn());
            }
        }
        return found;
    }

    private Set<String> reflective;

    public Role role(String fqn) {
        return roles.get(fqn);
    }

    /** Monolith types that {@code fqn}'s file references, sorted. */
    public Set<String> references(String fqn) {
        return references.getOrDefault(fqn, Set.of());
    }

    /**
     * The configurations that the application class {@code fqn} names in {@code @Import} although its component scan
     * registers them ({@link ScannedImports}); empty for any other type.
     */
    public Set<String> scannedImports(String fqn) {
        return scannedImports.getOrDefault(fqn, Set.of());
    }

    private Map<String, Set<String>> beanDeclarers;

    /**
     * The configuration classes ({@code @Configuration}) whose {@code @Bean} methods return {@code fqn}, a monolith
     * type: where a bean of that type comes from when its class carries no stereotype; sorted, empty for none.
     */
    public Set<String> beanDeclarers(String fqn) {
        if (beanDeclarers == null) {
            Map<String, Set<String>> found = new TreeMap<>();
            for (SourceType t : monolith.types().values()) {
                if (!t.hasAnnotation("Configuration")) {
                    continue;
                }
                t.declaration().getMethods().stream().filter(m -> m.getAnnotationByName("Bean").isPresent()
                        && m.getType().isClassOrInterfaceType()).forEach(m -> {
                            String type = names.resolve(t.unit(), m.getType().asClassOrInterfaceType()
                                    .getNameWithScope());
                            if (type != null && monolith.type(type) != null) {
                                found.computeIfAbsent(type, k -> new TreeSet<>()).add(t.fqn());
                            }
                        });
            }
            beanDeclarers = found;
        }
        return beanDeclarers.getOrDefault(fqn, Set.of());
    }

    /** Event types that {@code fqn} has {@code @EventListener} methods for, sorted. */
    public Set<String> listenedEvents(String fqn) {
        return listenedEvents.getOrDefault(fqn, Set.of());
    }

    private Role ownRole(SourceType t) {
        if (t.hasAnnotation("SpringBootApplication")) {
            return Role.APPLICATION;
        }
        if (ENTITY_ANNOTATIONS.stream().anyMatch(t::hasAnnotation)) {
            return Role.ENTITY;
        }
        if (isWebGlue(t) || webApp != null && webApp.isGlue(t.fqn())) {
            return Role.WEB;
        }
        if (javaEe != null && javaEe.beans().contains(t.fqn())) {
            return javaEeRole(t);
        }
        if (t.hasAnnotation("Repository") || isSpringDataRepository(t)) {
            return Role.REPOSITORY;
        }
        if (BEAN_ANNOTATIONS.stream().anyMatch(t::hasAnnotation)) {
            return Role.BEAN;
        }
        return Role.VALUE;
    }

    /**
     * A Java EE container's bean: a provider applies to every resource (web glue); a stateless or singleton session
     * bean, an application-scoped CDI bean, a message-driven bean and a resource are one instance each, which other
     * services call; a stateful, dependent or request-scoped bean holds its caller's state, so each service that uses
     * it has its own.
     */
    private static Role javaEeRole(SourceType t) {
        if (t.hasAnnotation("Provider")) {
            return Role.WEB;
        }
        if (t.hasAnnotation("Stateless") || t.hasAnnotation("Singleton") && JavaEe.imports(t, "ejb")
                || t.hasAnnotation("MessageDriven") || t.hasAnnotation("ApplicationScoped") || t.hasAnnotation("Path")) {
            return Role.BEAN;
        }
        return Role.VALUE;
    }

    private static final Set<String> WEB_TYPES = Set.of("Formatter", "Converter", "ConverterFactory",
            "GenericConverter", "WebMvcConfigurer", "HandlerInterceptor", "AsyncHandlerInterceptor",
            "HandlerMethodArgumentResolver", "Filter", "OncePerRequestFilter", "GenericFilterBean",
            "WebSecurityConfigurerAdapter", "UserDetailsService", "UserDetailsPasswordService", "AccessDeniedHandler",
            "AuthenticationEntryPoint", "AuthenticationSuccessHandler", "AuthenticationFailureHandler",
            "SimpleUrlAuthenticationSuccessHandler", "SavedRequestAwareAuthenticationSuccessHandler",
            "SimpleUrlAuthenticationFailureHandler", "LogoutHandler", "LogoutSuccessHandler",
            "SimpleUrlLogoutSuccessHandler", "AuthenticationProvider", "PermissionEvaluator", "HttpFilter",
            "ServletContextListener", "HttpSessionListener", "ServletRequestListener",
            "ServletContextAttributeListener", "HttpSessionAttributeListener", "ServletRequestAttributeListener",
            "HttpSessionIdListener");

    private static final Set<String> SECURITY_ANNOTATIONS = Set.of("EnableWebSecurity", "EnableMethodSecurity",
            "EnableGlobalMethodSecurity");
    private static final Set<String> SECURITY_BEANS = Set.of("SecurityFilterChain", "WebSecurityCustomizer");

    /**
     * Applied by Spring MVC or Spring Security to every request: advice, formatters, converters, MVC configuration,
     * filters, and the web security configuration (without it a service would fall back to Boot's default security
     * and refuse every request).
     */
    private boolean isWebGlue(SourceType t) {
        if (t.hasAnnotation("ControllerAdvice") || t.hasAnnotation("RestControllerAdvice")
                || SECURITY_ANNOTATIONS.stream().anyMatch(t::hasAnnotation)) {
            return true;
        }
        boolean securityBeans = t.declaration().getMethods().stream().anyMatch(m -> m.getAnnotationByName("Bean")
                .isPresent() && SECURITY_BEANS.contains(m.getType().asString().replaceAll(".*\\.", "")));
        if (securityBeans) {
            return true;
        }
        if (!(t.declaration() instanceof ClassOrInterfaceDeclaration c) || c.isInterface()) {
            return false;
        }
        return java.util.stream.Stream.concat(c.getExtendedTypes().stream(), c.getImplementedTypes().stream())
                .anyMatch(e -> WEB_TYPES.contains(e.getNameAsString()) && !isOwnType(t, e));
    }

    /** Whether a supertype names one of the monolith's own types (its own {@code Converter} is no Spring converter). */
    private boolean isOwnType(SourceType t, ClassOrInterfaceType type) {
        String fqn = names.resolve(t.unit(), type.getNameWithScope());
        return fqn != null && monolith.type(fqn) != null;
    }

    private static final Set<String> TYPED_GLUE = Set.of("Formatter", "Converter", "Printer", "Parser");

    /**
     * The monolith's own types that a formatter or converter is for ({@code Formatter<PetType>} gives
     * {@code PetType}; {@code Converter<String, FrameSize>} gives {@code FrameSize}); empty for any other web glue,
     * and for a formatter of a JDK type, which every service may need. A service needs a typed formatter only when
     * its classes use one of these types.
     */
    public Set<String> glueSubjects(String fqn) {
        SourceType t = monolith.type(fqn);
        if (t == null || roles.get(fqn) != Role.WEB || !(t.declaration() instanceof ClassOrInterfaceDeclaration c)) {
            return Set.of();
        }
        Set<String> subjects = new java.util.TreeSet<>();
        java.util.stream.Stream.concat(c.getExtendedTypes().stream(), c.getImplementedTypes().stream())
                .filter(e -> TYPED_GLUE.contains(e.getNameAsString()) && !isOwnType(t, e))
                .forEach(e -> e.getTypeArguments().ifPresent(args -> args.forEach(a -> {
                    if (a.isClassOrInterfaceType()) {
                        String resolved = names.resolve(t.unit(), a.asClassOrInterfaceType().getNameWithScope());
                        if (resolved != null && monolith.type(resolved) != null) {
                            subjects.add(resolved);
                        }
                    }
                })));
        return subjects;
    }

    /** Whether the type is an exception or error: it extends a {@code Throwable} of the JDK or of the monolith. */
    public boolean isThrowable(String fqn) {
        return throwables.computeIfAbsent(fqn, this::extendsThrowable);
    }

    private boolean extendsThrowable(String fqn) {
        String current = fqn;
        for (int depth = 0; depth < 20; depth++) {
            SourceType t = monolith.type(current);
            if (t == null || !(t.declaration() instanceof ClassOrInterfaceDeclaration c) || c.isInterface()
                    || c.getExtendedTypes().isEmpty()) {
                return false;
            }
            String parent = c.getExtendedTypes().get(0).getNameWithScope();
            String resolved = names.resolve(t.unit(), parent);
            if (resolved == null || monolith.type(resolved) == null) {
                String simple = parent.substring(parent.lastIndexOf('.') + 1);
                return simple.equals("Throwable") || simple.endsWith("Exception") || simple.endsWith("Error");
            }
            current = resolved;
        }
        return false;
    }

    /** Whether the type serves requests: a Spring MVC controller, or a servlet of a servlet web application. */
    public boolean isController(String fqn) {
        SourceType t = monolith.type(fqn);
        return t != null && (t.hasAnnotation("Controller") || t.hasAnnotation("RestController")
                || webApp != null && webApp.isServlet(fqn)
                || javaEe != null && javaEe.jaxRs().contains(fqn) && t.hasAnnotation("Path"));
    }

    private static boolean isSpringDataRepository(SourceType t) {
        return t.isInterface() && t.declaration().asClassOrInterfaceDeclaration().getExtendedTypes().stream()
                .anyMatch(e -> e.getNameAsString().endsWith("Repository"));
    }

    /**
     * An interface that a bean class implements, or that a bean interface extends (a Spring Data repository extending
     * the application's own {@code PetRepository}, or a fragment interface), is reached like the bean: repeated until
     * nothing changes, for chains of interfaces.
     */
    private void markBeanInterfaces() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (SourceType t : monolith.types().values()) {
                Role role = roles.get(t.fqn());
                if (!role.isBean()) {
                    continue;
                }
                for (String fqn : supertypes(t)) {
                    if (roles.get(fqn) == Role.VALUE && monolith.type(fqn).isInterface()) {
                        roles.put(fqn, role);
                        changed = true;
                    }
                }
            }
        }
    }

    /** The monolith types {@code t} extends or implements directly. */
    private Set<String> supertypes(SourceType t) {
        Set<String> found = new TreeSet<>();
        if (t.declaration() instanceof ClassOrInterfaceDeclaration c) {
            java.util.List<ClassOrInterfaceType> types = new java.util.ArrayList<>(c.getImplementedTypes());
            types.addAll(c.getExtendedTypes());
            for (ClassOrInterfaceType type : types) {
                String fqn = names.resolve(t.unit(), type.getNameWithScope());
                if (fqn != null && monolith.type(fqn) != null && !fqn.equals(t.fqn())) {
                    found.add(fqn);
                }
            }
        }
        return found;
    }

    /** The monolith types that {@code fqn} extends or implements directly, sorted (none for a type not of it). */
    public Set<String> supertypesOf(String fqn) {
        SourceType type = monolith.type(fqn);
        return type == null ? Set.of() : supertypes(type);
    }

    /** The monolith classes (not interfaces) that implement or extend {@code fqn} directly, sorted. */
    public Set<String> directImplementations(String fqn) {
        Set<String> found = new TreeSet<>();
        subtypes.getOrDefault(fqn, Set.of()).stream().filter(t -> !monolith.type(t).isInterface()).forEach(found::add);
        return found;
    }

    /**
     * The monolith types that extend or implement {@code fqn}, directly or not, sorted: the beans behind an
     * interface (a repository's implementations for each profile, the Spring Data interface extending it, the
     * implementations of its fragments' interfaces are reached through the latter).
     */
    public Set<String> subtypesOf(String fqn) {
        Set<String> found = new TreeSet<>();
        java.util.Deque<String> work = new java.util.ArrayDeque<>(List.of(fqn));
        while (!work.isEmpty()) {
            for (String sub : subtypes.getOrDefault(work.pop(), Set.of())) {
                if (found.add(sub)) {
                    work.push(sub);
                }
            }
        }
        return found;
    }

    private Set<String> events(SourceType t) {
        Set<String> events = new TreeSet<>();
        for (MethodDeclaration m : t.declaration().findAll(MethodDeclaration.class)) {
            boolean listener = m.getAnnotations().stream()
                    .anyMatch(a -> LISTENER_ANNOTATIONS.contains(a.getName().getIdentifier()));
            if (listener && m.getParameters().size() == 1 && m.getParameter(0).getType().isClassOrInterfaceType()) {
                String fqn = names.resolve(t.unit(),
                        m.getParameter(0).getType().asClassOrInterfaceType().getNameWithScope());
                if (fqn != null) {
                    events.add(fqn);
                }
            }
        }
        return events;
    }
}
