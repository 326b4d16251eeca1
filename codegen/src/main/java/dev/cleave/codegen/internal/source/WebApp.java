package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.cleave.codegen.GenerationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The web application a pre-Boot monolith deploys on its servlet container, as that container reads it: the
 * deployment descriptor {@code src/main/webapp/WEB-INF/web.xml} and the classes annotated {@code @WebServlet},
 * {@code @WebFilter} and {@code @WebListener} (unless the descriptor is {@code metadata-complete}). Generated services
 * run the parts of it they own in Spring Boot's embedded Tomcat ({@code LegacyWebApp} of the Cleave runtime).
 *
 * @param descriptor       the descriptor's path relative to the monolith's root, null when it has none
 * @param jakarta          whether the application is written against {@code jakarta.servlet} (Servlet 5+), else
 *                         {@code javax.servlet}
 * @param contextParams    context parameters in order
 * @param listeners        listener classes in order (descriptor first, then annotated ones by class name)
 * @param filters          filters in order of their first mapping (the chain's order), then unmapped ones
 * @param servlets         servlets in declaration order, annotated ones after the descriptor's
 * @param welcomeFiles     the welcome files, Tomcat's defaults ({@code index.html}, {@code index.htm},
 *                         {@code index.jsp}) when the descriptor names none
 * @param errorPages       error pages: an error code or an exception class, and the location
 * @param mimeMappings     extension → MIME type
 * @param sessionTimeout   session timeout in minutes, null when not set
 * @param sessionCookie    the session cookie's settings ({@code http-only}, {@code secure}, {@code name},
 *                         {@code path}, {@code domain}, {@code max-age}), as written
 * @param trackingModes    session tracking modes ({@code COOKIE}, {@code URL}, {@code SSL}), as written
 * @param unsupported      what the descriptor declares that the generated services do not carry over (security
 *                         constraints, login configuration, resource references...), element names with a reason
 * @param initializers     Spring's {@code WebApplicationInitializer}s of the application, which its container ran
 *                         (Spring's {@code SpringServletContainerInitializer}) to register its root context,
 *                         {@code DispatcherServlet} and filters in code, with no descriptor or beside one
 */
public record WebApp(String descriptor, boolean jakarta, Map<String, String> contextParams, List<String> listeners,
                     List<Filter> filters, List<Servlet> servlets, List<String> welcomeFiles,
                     List<ErrorPage> errorPages, Map<String, String> mimeMappings, Integer sessionTimeout,
                     Map<String, String> sessionCookie, List<String> trackingModes, List<String> unsupported,
                     List<Initializer> initializers) {

    static final String DESCRIPTOR = "src/main/webapp/WEB-INF/web.xml";
    /** Where a WAR keeps its pages and static files. */
    public static final String WEBAPP = "src/main/webapp";
    private static final List<String> TOMCAT_WELCOME_FILES = List.of("index.html", "index.htm", "index.jsp");

    /**
     * A servlet.
     *
     * @param name          its name
     * @param className     its class, null for a JSP page declared as a servlet
     * @param jspFile       the page of a JSP servlet ({@code <jsp-file>}), else null
     * @param patterns      its URL patterns
     * @param initParams    its init parameters
     * @param loadOnStartup its start-up order, null when loaded on first use
     * @param async         whether it supports asynchronous requests
     * @param multipart     its multipart configuration ({@code location}, {@code max-file-size},
     *                      {@code max-request-size}, {@code file-size-threshold}), null when it reads no uploads
     */
    public record Servlet(String name, String className, String jspFile, List<String> patterns,
                          Map<String, String> initParams, Integer loadOnStartup, boolean async,
                          Map<String, String> multipart) {
    }

    /**
     * A filter with its mappings, in order.
     *
     * @param name       its name
     * @param className  its class
     * @param initParams its init parameters
     * @param async      whether it supports asynchronous requests
     * @param mappings   its mappings in the descriptor's order
     */
    public record Filter(String name, String className, Map<String, String> initParams, boolean async,
                         List<FilterMapping> mappings) {
    }

    /** One filter mapping: URL patterns or servlet names, for the dispatcher types given (REQUEST when none). */
    public record FilterMapping(List<String> patterns, List<String> servletNames, List<String> dispatchers) {
    }

    /**
     * One of the application's {@code WebApplicationInitializer}s: the generated services run it as its container did
     * (its root context becomes the service's own application context).
     *
     * @param className    the initializer
     * @param xmlLocations the Spring XML files it names ({@code setConfigLocation("classpath:spring/x.xml")}), as
     *                     written: what the code reads of them (beans, data sources) without running it
     */
    public record Initializer(String className, List<String> xmlLocations) {
    }

    /** Spring's types a class extends or implements to set a web application up in code (Servlet 3.0+). */
    private static final java.util.Set<String> INITIALIZER_TYPES = java.util.Set.of("WebApplicationInitializer",
            "AbstractContextLoaderInitializer", "AbstractDispatcherServletInitializer",
            "AbstractAnnotationConfigDispatcherServletInitializer", "AbstractSecurityWebApplicationInitializer",
            "AbstractHttpSessionApplicationInitializer");

    /** An error page for an HTTP status code (exception null) or an exception class (code null). */
    public record ErrorPage(Integer code, String exception, String location) {
    }

    /**
     * The monolith's web application; empty when it has neither a deployment descriptor nor annotated servlets,
     * filters or listeners (a Spring Boot monolith registers its own).
     *
     * @throws GenerationException when the descriptor does not parse, naming it
     */
    public static Optional<WebApp> read(Path root, Map<String, SourceType> types) {
        TypeHierarchy hierarchy = new TypeHierarchy(types);
        Path file = root.resolve(DESCRIPTOR);
        boolean hasDescriptor = Files.isRegularFile(file);
        List<SourceType> annotated = types.values().stream().filter(t -> t.hasAnnotation("WebServlet")
                || t.hasAnnotation("WebFilter") || t.hasAnnotation("WebListener")).toList();
        // a Java EE application needs no descriptor: its container finds resources, beans and servlets by annotation
        boolean javaEe = types.values().stream().anyMatch(t -> JavaEe.isContainerBean(t)
                || t.hasAnnotation("ApplicationPath") && JavaEe.imports(t, "ws.rs"));
        List<Initializer> initializers = initializers(types, hierarchy);
        if (!hasDescriptor && annotated.isEmpty() && !javaEe && initializers.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        List<String> listeners = new ArrayList<>();
        Map<String, Filter> filters = new LinkedHashMap<>();
        List<FilterMapping[]> ignored = new ArrayList<>();
        Map<String, Servlet> servlets = new LinkedHashMap<>();
        List<String> welcome = new ArrayList<>();
        List<ErrorPage> errors = new ArrayList<>();
        Map<String, String> mime = new LinkedHashMap<>();
        Map<String, String> cookie = new LinkedHashMap<>();
        List<String> tracking = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        Integer timeout = null;
        boolean metadataComplete = false;
        boolean jakarta = types.values().stream().anyMatch(t -> t.text().contains("import jakarta.servlet")
                || t.unit().getImports().stream().anyMatch(i -> i.getNameAsString().matches(
                        "jakarta\\.(ws\\.rs|ejb|persistence|inject|enterprise|jms|faces|transaction)(\\..*)?")));
        List<String> filterOrder = new ArrayList<>();
        if (hasDescriptor) {
            Element web = parse(file);
            String ns = web.getNamespaceURI() == null ? "" : web.getNamespaceURI();
            jakarta = jakarta || ns.startsWith("https://jakarta.ee");
            metadataComplete = "true".equalsIgnoreCase(web.getAttribute("metadata-complete").strip());
            for (Element p : children(web, "context-param")) {
                params.put(text(p, "param-name"), text(p, "param-value"));
            }
            for (Element l : children(web, "listener")) {
                listeners.add(text(l, "listener-class"));
            }
            for (Element f : children(web, "filter")) {
                String name = text(f, "filter-name");
                filters.put(name, new Filter(name, text(f, "filter-class"), initParams(f),
                        "true".equalsIgnoreCase(text(f, "async-supported")), new ArrayList<>()));
            }
            for (Element m : children(web, "filter-mapping")) {
                String name = text(m, "filter-name");
                Filter f = filters.get(name);
                if (f == null) {
                    unsupported.add("filter-mapping of " + name + ": no such filter is declared");
                    continue;
                }
                f.mappings().add(new FilterMapping(texts(m, "url-pattern"), texts(m, "servlet-name"),
                        texts(m, "dispatcher")));
                if (!filterOrder.contains(name)) {
                    filterOrder.add(name);
                }
            }
            Map<String, List<String>> servletPatterns = new LinkedHashMap<>();
            for (Element m : children(web, "servlet-mapping")) {
                servletPatterns.computeIfAbsent(text(m, "servlet-name"), k -> new ArrayList<>())
                        .addAll(texts(m, "url-pattern"));
            }
            for (Element s : children(web, "servlet")) {
                String name = text(s, "servlet-name");
                String load = text(s, "load-on-startup");
                Map<String, String> multipart = child(s, "multipart-config").map(WebApp::elementTexts).orElse(null);
                servlets.put(name, new Servlet(name, blankToNull(text(s, "servlet-class")),
                        blankToNull(text(s, "jsp-file")), servletPatterns.getOrDefault(name, List.of()),
                        initParams(s), load.matches("-?\\d+") ? Integer.valueOf(load) : null,
                        "true".equalsIgnoreCase(text(s, "async-supported")), multipart));
            }
            for (Element w : children(web, "welcome-file-list")) {
                welcome.addAll(texts(w, "welcome-file"));
            }
            for (Element e : children(web, "error-page")) {
                String code = text(e, "error-code");
                String exception = text(e, "exception-type");
                errors.add(new ErrorPage(code.matches("\\d{3}") ? Integer.valueOf(code) : null,
                        exception.isEmpty() ? null : exception, text(e, "location")));
            }
            for (Element m : children(web, "mime-mapping")) {
                mime.put(text(m, "extension"), text(m, "mime-type"));
            }
            for (Element s : children(web, "session-config")) {
                String t = text(s, "session-timeout");
                timeout = t.matches("-?\\d+") ? Integer.valueOf(t) : timeout;
                child(s, "cookie-config").ifPresent(c -> cookie.putAll(elementTexts(c)));
                tracking.addAll(texts(s, "tracking-mode"));
            }
            for (String element : List.of("security-constraint", "login-config", "security-role",
                    "resource-ref", "resource-env-ref", "ejb-ref", "ejb-local-ref", "env-entry", "jsp-config")) {
                if (!children(web, element).isEmpty()) {
                    unsupported.add(element);
                }
            }
        }
        if (!metadataComplete) {
            for (SourceType t : annotated) {
                annotation(t, "WebListener").ifPresent(a -> listeners.add(t.fqn()));
                annotation(t, "WebFilter").ifPresent(a -> {
                    String name = Optional.ofNullable(string(a, "filterName", hierarchy)).orElse(t.fqn());
                    List<String> patterns = strings(a, "urlPatterns", hierarchy);
                    patterns.addAll(strings(a, "value", hierarchy));
                    List<String> dispatchers = dispatchers(a);
                    if (!filters.containsKey(name)) {
                        filters.put(name, new Filter(name, t.fqn(), annotationInitParams(a, hierarchy),
                                bool(a, "asyncSupported"), new ArrayList<>(List.of(new FilterMapping(patterns,
                                strings(a, "servletNames", hierarchy),
                                        dispatchers)))));
                        filterOrder.add(name);
                    }
                });
                annotation(t, "WebServlet").ifPresent(a -> {
                    String name = Optional.ofNullable(string(a, "name", hierarchy)).orElse(t.fqn());
                    List<String> patterns = strings(a, "urlPatterns", hierarchy);
                    patterns.addAll(strings(a, "value", hierarchy));
                    Integer load = integer(a, "loadOnStartup");
                    Map<String, String> multipart = annotation(t, "MultipartConfig").map(m -> multipart(m, hierarchy))
                            .orElse(null);
                    servlets.putIfAbsent(name, new Servlet(name, t.fqn(), null, patterns, annotationInitParams(a, hierarchy),
                            load == null || load < 0 ? null : load, bool(a, "asyncSupported"), multipart));
                });
            }
        }
        List<Filter> ordered = new ArrayList<>();
        filterOrder.forEach(n -> ordered.add(filters.get(n)));
        filters.values().stream().filter(f -> !ordered.contains(f)).forEach(ordered::add);
        return Optional.of(new WebApp(hasDescriptor ? DESCRIPTOR : null, jakarta, params, listeners, ordered,
                List.copyOf(servlets.values()), welcome.isEmpty() ? TOMCAT_WELCOME_FILES : welcome, errors, mime,
                timeout, cookie, tracking, unsupported, initializers));
    }

    /**
     * The application's concrete classes that extend or implement one of Spring's web application initializers
     * ({@link #INITIALIZER_TYPES}, themselves or through a superclass of the monolith), by class name.
     */
    private static List<Initializer> initializers(Map<String, SourceType> types, TypeHierarchy hierarchy) {
        List<Initializer> found = new ArrayList<>();
        for (SourceType t : new java.util.TreeMap<>(types).values()) {
            if (!(t.declaration() instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c)
                    || c.isInterface() || c.isAbstract() || c.isNestedType() && !c.isStatic()) {
                continue;
            }
            boolean initializer = false;
            for (var type : hierarchy.classes(c)) {
                if (type instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration d) {
                    initializer |= java.util.stream.Stream.concat(d.getExtendedTypes().stream(),
                            d.getImplementedTypes().stream()).anyMatch(x -> INITIALIZER_TYPES.contains(
                                    x.getName().getIdentifier()) && !types.containsKey(x.getNameWithScope()));
                }
            }
            if (initializer && t.text().contains("org.springframework")) {
                List<String> xml = new ArrayList<>();
                c.findAll(com.github.javaparser.ast.expr.StringLiteralExpr.class).forEach(l -> {
                    for (String part : l.asString().split("[,;\\s]+")) {
                        if (part.endsWith(".xml") && !xml.contains(part)) {
                            xml.add(part);
                        }
                    }
                });
                found.add(new Initializer(t.fqn(), xml));
            }
        }
        return found;
    }

    /** Spring's listener that starts the root application context of a pre-Boot Spring web application. */
    public static final String SPRING_CONTEXT_LOADER = "org.springframework.web.context.ContextLoaderListener";

    /**
     * The XML files of the Spring root application context that {@code ContextLoaderListener} loads (its
     * {@code contextConfigLocation} parameter, else Spring's default {@code /WEB-INF/applicationContext.xml}), as
     * written; empty when the application has no such listener or its context is not XML
     * ({@code contextClass} names an annotation-based one).
     */
    public List<String> springRootContexts() {
        if (!listeners.contains(SPRING_CONTEXT_LOADER)
                || contextParams.getOrDefault("contextClass", "").contains("Annotation")) {
            return List.of();
        }
        String locations = contextParams.getOrDefault("contextConfigLocation", "/WEB-INF/applicationContext.xml");
        List<String> found = new ArrayList<>();
        for (String location : locations.split("[,;\\s]+")) {
            if (!location.isBlank()) {
                found.add(location.strip());
            }
        }
        return found;
    }

    /** The servlet of a class, if the application declares one. */
    public Optional<Servlet> servletOf(String className) {
        return servlets.stream().filter(s -> className.equals(s.className())).findFirst();
    }

    /** Whether {@code type} is one of the application's servlets (it serves requests). */
    public boolean isServlet(String type) {
        return servletOf(type).isPresent();
    }

    /**
     * Whether {@code type} is a filter, listener or initializer of the application (every service serving requests
     * needs it).
     */
    public boolean isGlue(String type) {
        return listeners.contains(type) || filters.stream().anyMatch(f -> type.equals(f.className()))
                || initializers.stream().anyMatch(i -> type.equals(i.className()));
    }

    // --- annotations ---

    private static Optional<AnnotationExpr> annotation(SourceType t, String name) {
        return t.declaration().getAnnotations().stream().filter(a -> a.getName().getIdentifier().equals(name))
                .findFirst();
    }

    private static Optional<Expression> member(AnnotationExpr a, String name) {
        if (a instanceof SingleMemberAnnotationExpr s) {
            return name.equals("value") ? Optional.of(s.getMemberValue()) : Optional.empty();
        }
        if (a instanceof NormalAnnotationExpr n) {
            return n.getPairs().stream().filter(p -> p.getNameAsString().equals(name)).map(p -> p.getValue())
                    .findFirst();
        }
        return Optional.empty();
    }

    private static String string(AnnotationExpr a, String name, TypeHierarchy h) {
        List<String> values = strings(a, name, h);
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> strings(AnnotationExpr a, String name, TypeHierarchy h) {
        List<String> values = new ArrayList<>();
        member(a, name).ifPresent(e -> values.addAll(Routes.constantStrings(e, a, h)));
        return values;
    }

    /** {@code dispatcherTypes = {DispatcherType.REQUEST, FORWARD}} gives REQUEST, FORWARD. */
    private static List<String> dispatchers(AnnotationExpr a) {
        List<String> found = new ArrayList<>();
        member(a, "dispatcherTypes").ifPresent(e -> {
            List<Expression> each = e instanceof ArrayInitializerExpr array ? array.getValues() : List.of(e);
            each.forEach(x -> found.add(x.toString().substring(x.toString().lastIndexOf('.') + 1)));
        });
        return found;
    }

    private static boolean bool(AnnotationExpr a, String name) {
        return member(a, name).filter(e -> e instanceof BooleanLiteralExpr b && b.getValue()).isPresent();
    }

    private static Integer integer(AnnotationExpr a, String name) {
        return member(a, name).map(e -> {
            if (e instanceof IntegerLiteralExpr i) {
                return i.asNumber().intValue();
            }
            if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS
                    && u.getExpression() instanceof IntegerLiteralExpr i) {
                return -i.asNumber().intValue();
            }
            return null;
        }).orElse(null);
    }

    private static Map<String, String> annotationInitParams(AnnotationExpr a, TypeHierarchy h) {
        Map<String, String> params = new LinkedHashMap<>();
        member(a, "initParams").ifPresent(e -> {
            List<Expression> each = e instanceof ArrayInitializerExpr array ? array.getValues() : List.of(e);
            for (Expression p : each) {
                if (p instanceof AnnotationExpr param) {
                    String name = string(param, "name", h);
                    String value = string(param, "value", h);
                    if (name != null) {
                        params.put(name, value == null ? "" : value);
                    }
                }
            }
        });
        return params;
    }

    private static Map<String, String> multipart(AnnotationExpr a, TypeHierarchy h) {
        Map<String, String> config = new LinkedHashMap<>();
        Optional.ofNullable(string(a, "location", h)).ifPresent(v -> config.put("location", v));
        for (String[] key : new String[][] {{"maxFileSize", "max-file-size"}, {"maxRequestSize", "max-request-size"},
                {"fileSizeThreshold", "file-size-threshold"}}) {
            member(a, key[0]).flatMap(WebApp::number).ifPresent(n -> config.put(key[1], Long.toString(n)));
        }
        return config;
    }

    /** A constant number expression of literals ({@code 5 * 1024 * 1024L}), as javac folds it. */
    private static Optional<Long> number(Expression e) {
        if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr) {
            String n = e.toString().replaceAll("[lL_]", "");
            try {
                return Optional.of(Long.decode(n));
            } catch (NumberFormatException x) {
                return Optional.empty();
            }
        }
        if (e instanceof com.github.javaparser.ast.expr.EnclosedExpr enclosed) {
            return number(enclosed.getInner());
        }
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
            return number(u.getExpression()).map(n -> -n);
        }
        if (e instanceof com.github.javaparser.ast.expr.BinaryExpr b) {
            Optional<Long> l = number(b.getLeft());
            Optional<Long> r = number(b.getRight());
            if (l.isEmpty() || r.isEmpty()) {
                return Optional.empty();
            }
            return switch (b.getOperator()) {
                case PLUS -> Optional.of(l.get() + r.get());
                case MINUS -> Optional.of(l.get() - r.get());
                case MULTIPLY -> Optional.of(l.get() * r.get());
                case DIVIDE -> r.get() == 0 ? Optional.empty() : Optional.of(l.get() / r.get());
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    // --- the descriptor ---

    private static Element parse(Path file) {
        return DescriptorXml.root(file, "its servlets, filters and listeners cannot be read; correct it (the servlet"
                + " container would not deploy the application either)");
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    private static String text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip()).orElse("");
    }

    private static List<String> texts(Element parent, String name) {
        List<String> found = new ArrayList<>();
        children(parent, name).forEach(e -> found.add(e.getTextContent().strip()));
        return found;
    }

    private static Map<String, String> initParams(Element e) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element p : children(e, "init-param")) {
            params.put(text(p, "param-name"), text(p, "param-value"));
        }
        return params;
    }

    /** Child elements' texts by name ({@code <http-only>true</http-only>} gives http-only → true). */
    private static Map<String, String> elementTexts(Element e) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                texts.put(c.getLocalName() == null ? c.getTagName() : c.getLocalName(), c.getTextContent().strip());
            }
        }
        return texts;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
