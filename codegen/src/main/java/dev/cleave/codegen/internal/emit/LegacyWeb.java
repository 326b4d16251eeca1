package dev.cleave.codegen.internal.emit;

import dev.cleave.codegen.internal.layout.ServiceLayout;
import dev.cleave.codegen.internal.source.LegacyData;
import dev.cleave.codegen.internal.source.MonolithBuild;
import dev.cleave.codegen.internal.source.WebApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A servlet web application (a WAR: servlets, filters, listeners, JSPs) as Spring Boot modules: a generated main
 * class, the webapp's pages and static files in the shared library ({@code META-INF/resources}, where the embedded
 * Tomcat and Jasper find them), and per module its part of the deployment descriptor
 * ({@code META-INF/cleave/web.xml}), which the runtime's {@code LegacyWebApp} registers: the servlets of the classes
 * the module owns, every filter and listener (the services share sessions, so a login filter holds across them), all
 * context parameters with the database's pointing at the shared database and the start-up data set-up off.
 */
public final class LegacyWeb {
    static final String DESCRIPTOR = "src/main/resources/META-INF/cleave/web.xml";
    /** Files of the webapp folder a WAR's container reads itself and no module serves. */
    private static final Predicate<String> CONTAINER_FILES = f -> f.equals("WEB-INF/web.xml")
            || f.startsWith("WEB-INF/lib/") || f.startsWith("WEB-INF/classes/") || f.equals("META-INF/context.xml")
            || f.equals("META-INF/MANIFEST.MF");

    /** A main class that scans for the classes Cleave generated in its module only ({@code %s}: the package). */
    private static final String OWN_CONTEXT_MAIN = """
            @org.springframework.boot.SpringBootConfiguration
            @org.springframework.boot.autoconfigure.EnableAutoConfiguration
            @org.springframework.context.annotation.ComponentScan(basePackages = "%s", useDefaultFilters = false,
                    includeFilters = @org.springframework.context.annotation.ComponentScan.Filter(
                            type = org.springframework.context.annotation.FilterType.CUSTOM,
                            classes = dev.cleave.runtime.LegacyWebApp.Generated.class))
            """;

    /**
     * Where Boot's own dispatcher serves Cleave's requests when the monolith's servlet takes {@code /}; the runtime's
     * {@code LegacyWebApp.BOOT_DISPATCHER_PATH} has the same value.
     */
    static final String BOOT_DISPATCHER_PATH = "/cleave/dispatcher";

    private LegacyWeb() {
    }

    /**
     * Whether the monolith says itself which of its classes are Spring beans: a {@code WebApplicationInitializer} that
     * makes its root context, or a {@code ContextLoaderListener} over XML files. Their declarations and scans (a
     * profile picks the JDBC or the JPA repositories) are the beans, so the main class scans for Cleave's generated
     * classes only, not the whole package, which would add every annotated class (both repositories of an interface,
     * the controllers of a {@code DispatcherServlet}'s own context).
     */
    static boolean ownContext(WebApp web) {
        return !web.initializers().isEmpty() || !web.springRootContexts().isEmpty();
    }

    /**
     * Whether the monolith's own servlet answers at {@code /} (or {@code /*}), where Boot's dispatcher would be: a
     * servlet so mapped, or a {@code WebApplicationInitializer} (which registers its {@code DispatcherServlet} there,
     * almost always; Cleave's requests reach Boot's dispatcher either way).
     */
    static boolean takesRoot(WebApp web) {
        return !web.initializers().isEmpty() || web.servlets().stream().anyMatch(s -> s.className() != null
                && (s.patterns().contains("/") || s.patterns().contains("/*")));
    }

    /**
     * What the shared library of a servlet web application adds to the monolith's dependencies: Boot's web starter
     * (the embedded Tomcat), its JDBC starter when the services reach a database Cleave knows (the shared sessions'
     * and the runtime's datasource; without one, Boot would look for a database to configure and fail) and Jasper
     * when the webapp has JSPs.
     */
    public static List<String> extras(MonolithBuild build, Path root, boolean database) {
        List<String> extras = new ArrayList<>();
        for (String starter : database ? List.of("spring-boot-starter-web", "spring-boot-starter-jdbc")
                : List.of("spring-boot-starter-web")) {
            if (!build.hasDependency("org.springframework.boot", starter)) {
                extras.add(dependency("org.springframework.boot", starter));
            }
        }
        boolean jsp = Resources.list(root.resolve(WebApp.WEBAPP)).stream()
                .anyMatch(f -> f.endsWith(".jsp") || f.endsWith(".jspx") || f.endsWith(".jspf") || f.endsWith(".tag"));
        if (jsp && !build.hasDependency("org.apache.tomcat.embed", "tomcat-embed-jasper")) {
            extras.add(dependency("org.apache.tomcat.embed", "tomcat-embed-jasper"));
        }
        return extras;
    }

    private static String dependency(String group, String artifact) {
        return "    <dependency>\n      <groupId>" + group + "</groupId>\n      <artifactId>" + artifact
                + "</artifactId>\n    </dependency>\n";
    }

    /** The main class and the webapp's pages and static files, in the shared library. */
    static void emitShared(Context c, OutputTree out) {
        String main = c.legacyApplicationClass();
        int dot = main.lastIndexOf('.');
        String pkg = dot < 0 ? "" : main.substring(0, dot);
        List<String> contexts = c.webApp().springRootContexts();
        String imports = contexts.isEmpty() ? "" : "@ImportResource({" + String.join(", ", contexts.stream()
                .map(l -> "\"" + classpathLocation(l) + "\"").toList()) + "})\n";
        if (!c.webApp().initializers().isEmpty()) {
            // the root context a WebApplicationInitializer of the monolith makes (its XML files or configuration
            // classes, its default profiles), read from the initializer itself when the application starts
            imports += "@org.springframework.context.annotation.Import("
                    + "dev.cleave.runtime.LegacyWebApp.RootContext.class)\n";
        }
        out.text(SharedModule.DIR + "/src/main/java/" + main.replace('.', '/') + ".java", """
                package %s;

                import org.springframework.boot.SpringApplication;
                import org.springframework.boot.autoconfigure.SpringBootApplication;
                import org.springframework.context.annotation.ImportResource;

                /**
                 * Generated by Cleave: the main class of every service of this servlet web application. Each runs the
                 * servlets, filters and listeners it owns in Spring Boot's embedded Tomcat, as the monolith's container
                 * did (its part of the deployment descriptor is {@code META-INF/cleave/web.xml}, registered by
                 * {@code dev.cleave.runtime.LegacyWebApp}); Spring finds the generated clients and facades in this
                 * package and below. The monolith's Spring root application context, which its
                 * {@code ContextLoaderListener} or {@code WebApplicationInitializer} made, is this application's own
                 * (its XML files or configuration classes imported).
                 */
                %s%spublic class %s {
                    public static void main(String[] args) {
                        SpringApplication.run(%s.class, args);
                    }
                }
                """.formatted(pkg, ownContext(c.webApp()) ? OWN_CONTEXT_MAIN.formatted(pkg) : "@SpringBootApplication\n",
                imports, main.substring(dot + 1), main.substring(dot + 1)).replace("package ;\n\n", ""));
        Path webapp = c.options().monolithRoot().resolve(WebApp.WEBAPP);
        for (String file : Resources.list(webapp)) {
            if (!CONTAINER_FILES.test(file)) {
                out.put(SharedModule.DIR + "/src/main/resources/META-INF/resources/" + file,
                        Resources.read(webapp.resolve(file)));
            }
        }
    }

    /**
     * Where a module finds a context file the monolith named for its container: {@code /WEB-INF/x.xml} is in the
     * shared library's {@code META-INF/resources}; {@code classpath:} locations stay.
     */
    static String classpathLocation(String location) {
        if (location.startsWith("classpath") || location.contains(":")) {
            return location;
        }
        return "classpath:META-INF/resources/" + (location.startsWith("/") ? location.substring(1) : location);
    }

    /** A service's part of the deployment descriptor. */
    static void emitService(Context c, ServiceLayout s, OutputTree out) {
        Set<String> present = new java.util.TreeSet<>(s.own());
        present.addAll(s.copies());
        present.addAll(c.shared());
        Predicate<String> has = type -> type == null || present.contains(type) || c.facts().monolith().type(type) == null;
        Predicate<WebApp.Servlet> owns = servlet -> servlet.className() == null ? true
                : c.facts().monolith().type(servlet.className()) == null || s.own().contains(servlet.className());
        out.text(ServiceModule.dir(s) + "/" + DESCRIPTOR, descriptor(c.webApp(), "service '" + s.name() + "'",
                serviceParams(c), has, owns, true, dataSources(c, true)));
    }

    /** The database module's descriptor: the monolith's parameters as written, and the listeners that set data up. */
    static String databaseDescriptor(Context c) {
        List<String> setUp = c.legacyData().setupListeners();
        return descriptor(c.webApp(), "the shared database: the listeners that set it up at start-up",
                new LinkedHashMap<>(c.webApp().contextParams()), setUp::contains, servlet -> false, false,
                dataSources(c, false));
    }

    /**
     * The set-up program's descriptor for a database of the monolith's own: its set-up listeners with the monolith's
     * parameters, each set-up switch on at the first run only ({@code ${cleave.legacy.first-setup}}).
     */
    static String setupDescriptor(Context c) {
        Map<String, String> params = new LinkedHashMap<>(c.webApp().contextParams());
        c.legacyData().switches().keySet().forEach(k -> params.put(k, "${cleave.legacy.first-setup}"));
        List<String> setUp = c.legacyData().setupListeners();
        return descriptor(c.webApp(), "the set-up of the shared database: the listeners that set it up at start-up",
                params, setUp::contains, servlet -> false, false, dataSources(c, false));
    }

    /**
     * The context parameters a service gets: the monolith's, with the database's URL, user and password taken from
     * the service's datasource settings (the shared database, overridable by {@code SPRING_DATASOURCE_URL}), and the
     * start-up data set-up switched off (the database module did it).
     */
    private static Map<String, String> serviceParams(Context c) {
        Map<String, String> params = new LinkedHashMap<>(c.webApp().contextParams());
        LegacyData data = c.legacyData();
        boolean shared = c.servesDatabase() || c.data().server();
        if (data.urlParam() != null && shared) {
            params.put(data.urlParam(), "${spring.datasource.url}");
            if (data.userParam() != null) {
                params.put(data.userParam(), "${spring.datasource.username:}");
            }
            if (data.passwordParam() != null) {
                params.put(data.passwordParam(), "${spring.datasource.password:}");
            }
        }
        if (shared) {
            params.putAll(data.switches());
        }
        return params;
    }

    /**
     * The Boot settings of the monolith's session configuration: its timeout and cookie, which Spring Session (shared
     * sessions) and Boot's Tomcat read from there, not from the servlet context.
     */
    static void sessionSettings(Context c, List<String[]> settings) {
        WebApp web = c.webApp();
        if (web.sessionTimeout() != null) {
            settings.add(new String[] {"server.servlet.session.timeout", web.sessionTimeout() + "m"});
        }
        Map<String, String> keys = Map.of("http-only", "http-only", "secure", "secure", "path", "path",
                "domain", "domain", "max-age", "max-age", "name", "name");
        new TreeMap<>(web.sessionCookie()).forEach((k, v) -> {
            if (keys.containsKey(k) && !(k.equals("name") && c.sharedSessions())) {
                settings.add(new String[] {"server.servlet.session.cookie." + keys.get(k),
                        k.equals("max-age") ? v + "s" : v});
            }
        });
        if (!web.trackingModes().isEmpty()) {
            settings.add(new String[] {"server.servlet.session.tracking-modes",
                    String.join(",", web.trackingModes()).toLowerCase(java.util.Locale.ROOT)});
        }
    }

    /** Gateway paths of a servlet class a service owns: {@code /x} for {@code /x}, {@code /x} and {@code /x/**} for {@code /x/*}. */
    static List<String> routes(Context c, ServiceLayout s, String type) {
        List<String> paths = new ArrayList<>();
        for (WebApp.Servlet servlet : c.webApp().servlets()) {
            if (!type.equals(servlet.className())) {
                continue;
            }
            for (String pattern : servlet.patterns()) {
                if (pattern.equals("/*") || pattern.equals("/") || pattern.isEmpty()) {
                    // the servlet answering every other path: the gateway's last route goes to its service
                    paths.add("/");
                } else if (pattern.endsWith("/*")) {
                    String base = pattern.substring(0, pattern.length() - 2);
                    paths.add(base);
                    paths.add(base + "/**");
                } else if (pattern.startsWith("/")) {
                    paths.add(pattern);
                } else if (pattern.startsWith("*.")) {
                    c.warnings().add("servlet " + servlet.name() + " of service '" + s.name() + "' is mapped to "
                            + pattern + ": the gateway routes no extension mapping, such requests go to the service"
                            + " answering every other path");
                }
            }
        }
        return paths;
    }

    /**
     * The JNDI data sources the webapp declares for its container ({@code META-INF/context.xml}), as
     * {@code <cleave-data-source>} elements the runtime registers: in a service, the one the database module serves
     * points at the shared database (the service's datasource settings); elsewhere as declared.
     */
    private static List<String> dataSources(Context c, boolean service) {
        List<String> found = new ArrayList<>();
        for (var r : dev.cleave.codegen.internal.source.JndiResources.read(c.options().monolithRoot()).values()) {
            boolean shared = service && c.servesDatabase() && r.url().equals(c.data().url());
            StringBuilder x = new StringBuilder("  <cleave-data-source name=\"").append(escape(r.name()))
                    .append("\" url=\"").append(escape(shared ? "${spring.datasource.url}" : r.url())).append('"');
            String user = shared ? "${spring.datasource.username:}" : r.username();
            String password = shared ? "${spring.datasource.password:}" : r.password();
            if (user != null) {
                x.append(" username=\"").append(escape(user)).append('"');
            }
            if (password != null) {
                x.append(" password=\"").append(escape(password)).append('"');
            }
            if (r.driver() != null) {
                x.append(" driverClassName=\"").append(escape(r.driver())).append('"');
            }
            found.add(x.append("/>\n").toString());
        }
        return found;
    }

    /** Whether the webapp declares JNDI data sources for its container (the modules' Tomcat then has naming on). */
    static boolean declaresDataSources(Context c) {
        return !dev.cleave.codegen.internal.source.JndiResources.read(c.options().monolithRoot()).isEmpty();
    }

    private static String descriptor(WebApp web, String title, Map<String, String> params, Predicate<String> has,
                                     Predicate<WebApp.Servlet> owns, boolean pages, List<String> dataSources) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Generated by Cleave: ")
                .append(escape(title)).append(", from the monolith's ")
                .append(web.descriptor() == null ? "" : web.descriptor() + " and its ")
                .append("@WebServlet, @WebFilter and @WebListener classes (registered by dev.cleave.runtime.LegacyWebApp)"
                        + " -->\n<web-app>\n");
        params.forEach((k, v) -> x.append("  <context-param><param-name>").append(escape(k))
                .append("</param-name><param-value>").append(escape(v)).append("</param-value></context-param>\n"));
        dataSources.forEach(x::append);
        // Spring's root context is the module's own Boot application context (LegacyWeb#emitShared imports its XML)
        web.listeners().stream().filter(has).filter(l -> !l.equals(WebApp.SPRING_CONTEXT_LOADER)).distinct()
                .forEach(l -> x.append("  <listener><listener-class>")
                .append(escape(l)).append("</listener-class></listener>\n"));
        List<WebApp.Servlet> servlets = web.servlets().stream().filter(owns).toList();
        Set<String> servletNames = new java.util.HashSet<>();
        servlets.forEach(sv -> servletNames.add(sv.name()));
        List<WebApp.Filter> filters = web.filters().stream().filter(f -> pages && has.test(f.className())).toList();
        for (WebApp.Filter f : filters) {
            x.append("  <filter>\n    <filter-name>").append(escape(f.name())).append("</filter-name>\n")
                    .append("    <filter-class>").append(escape(f.className())).append("</filter-class>\n");
            params(x, f.initParams());
            if (f.async()) {
                x.append("    <async-supported>true</async-supported>\n");
            }
            x.append("  </filter>\n");
        }
        for (WebApp.Filter f : filters) {
            for (WebApp.FilterMapping m : f.mappings()) {
                List<String> names = m.servletNames().stream().filter(servletNames::contains).toList();
                if (m.patterns().isEmpty() && names.isEmpty()) {
                    continue;
                }
                x.append("  <filter-mapping>\n    <filter-name>").append(escape(f.name())).append("</filter-name>\n");
                m.patterns().forEach(p -> x.append("    <url-pattern>").append(escape(p)).append("</url-pattern>\n"));
                names.forEach(n -> x.append("    <servlet-name>").append(escape(n)).append("</servlet-name>\n"));
                m.dispatchers().forEach(d -> x.append("    <dispatcher>").append(escape(d)).append("</dispatcher>\n"));
                x.append("  </filter-mapping>\n");
            }
        }
        for (WebApp.Servlet sv : servlets) {
            x.append("  <servlet>\n    <servlet-name>").append(escape(sv.name())).append("</servlet-name>\n");
            if (sv.className() != null) {
                x.append("    <servlet-class>").append(escape(sv.className())).append("</servlet-class>\n");
            } else {
                x.append("    <jsp-file>").append(escape(sv.jspFile())).append("</jsp-file>\n");
            }
            params(x, sv.initParams());
            if (sv.loadOnStartup() != null) {
                x.append("    <load-on-startup>").append(sv.loadOnStartup()).append("</load-on-startup>\n");
            }
            if (sv.async()) {
                x.append("    <async-supported>true</async-supported>\n");
            }
            if (sv.multipart() != null) {
                x.append("    <multipart-config>\n");
                sv.multipart().forEach((k, v) -> x.append("      <").append(k).append('>').append(escape(v))
                        .append("</").append(k).append(">\n"));
                x.append("    </multipart-config>\n");
            }
            x.append("  </servlet>\n");
        }
        for (WebApp.Servlet sv : servlets) {
            if (!sv.patterns().isEmpty()) {
                x.append("  <servlet-mapping>\n    <servlet-name>").append(escape(sv.name())).append("</servlet-name>\n");
                sv.patterns().forEach(p -> x.append("    <url-pattern>").append(escape(p)).append("</url-pattern>\n"));
                x.append("  </servlet-mapping>\n");
            }
        }
        if (pages) {
            // run by the module's Tomcat as the monolith's container ran them, their root context the module's own
            web.initializers().forEach(i -> x.append("  <cleave-initializer class=\"").append(escape(i.className()))
                    .append("\"/>\n"));
            x.append("  <welcome-file-list>\n");
            web.welcomeFiles().forEach(w -> x.append("    <welcome-file>").append(escape(w)).append("</welcome-file>\n"));
            x.append("  </welcome-file-list>\n");
            for (WebApp.ErrorPage e : web.errorPages()) {
                x.append("  <error-page>").append(e.code() != null ? "<error-code>" + e.code() + "</error-code>"
                        : "<exception-type>" + escape(e.exception()) + "</exception-type>").append("<location>")
                        .append(escape(e.location())).append("</location></error-page>\n");
            }
            web.mimeMappings().forEach((ext, type) -> x.append("  <mime-mapping><extension>").append(escape(ext))
                    .append("</extension><mime-type>").append(escape(type)).append("</mime-type></mime-mapping>\n"));
        }
        return x.append("</web-app>\n").toString();
    }

    private static void params(StringBuilder x, Map<String, String> params) {
        params.forEach((k, v) -> x.append("    <init-param><param-name>").append(escape(k))
                .append("</param-name><param-value>").append(escape(v)).append("</param-value></init-param>\n"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
