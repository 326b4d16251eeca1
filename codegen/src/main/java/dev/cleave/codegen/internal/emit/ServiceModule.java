package dev.cleave.codegen.internal.emit;

import dev.cleave.codegen.internal.layout.InterfaceClient;
import dev.cleave.codegen.internal.layout.ServiceLayout;
import dev.cleave.codegen.internal.source.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** One service project: its classes, copies, clients, facades, configuration and README. */
final class ServiceModule {
    private ServiceModule() {
    }

    static String dir(ServiceLayout s) {
        return "services/" + s.name();
    }

    /** Boot's error pages (2.7 and 3.x, the lines a servlet application runs on). */
    private static final String ERROR_MVC = "org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration";

    static void emit(Context c, ServiceLayout s, OutputTree out) {
        String dir = dir(s);
        List<String> extra = new ArrayList<>();
        if (c.sharedSessions()) {
            extra.add(Sessions.dependency(c));
        }
        out.text(dir + "/pom.xml", c.poms().service(dir, s.name() + "-service", "Service '" + s.name()
                + "' of " + c.project(), extra, c.applicationClass()));
        java.util.Set<String> present = new java.util.TreeSet<>(s.own());
        present.addAll(s.copies());
        present.addAll(s.clients().keySet());
        java.util.Set<String> clients = s.clients().keySet();
        s.own().forEach(t -> out.put(c.javaPath(dir, t), c.serviceSource(t, present, clients)));
        s.copies().forEach(t -> out.put(c.javaPath(dir, t), c.serviceSource(t, present, clients)));
        s.clients().forEach((type, ops) -> {
            InterfaceClient implementing = s.interfaceClients().get(type);
            if (implementing != null) {
                out.text(dir + "/src/main/java/" + InterfaceClient.className(type).replace('.', '/') + ".java",
                        JavaSources.interfaceClient(type, implementing, ops));
            } else {
                out.text(c.javaPath(dir, type), c.components().containsKey(type)
                        ? JavaSources.plainClient(c.components().get(type), owner(c, s, type))
                        : JavaSources.client(type, owner(c, s, type), ops, c.facts().givenBeanName(type)));
            }
        });
        facadesByType(s).forEach((type, ops) -> out.text(dir + "/src/main/java/" + type.replace('.', '/')
                + "CleaveFacade.java", c.components().containsKey(type)
                ? JavaSources.plainFacade(c.components().get(type), ops) : JavaSources.facade(type, ops)));
        SettingsFiles.write(c, dir, "service '" + s.name() + "'", settings(c, s), out);
        if (c.legacy()) {
            LegacyWeb.emitService(c, s, out);
            if (LegacyWeb.ownContext(c.webApp())) {
                // the classes Cleave generated here, which the main class scans for (the monolith's own classes are
                // the beans its Spring context declares and scans, no others)
                java.util.Set<String> generated = new java.util.TreeSet<>();
                s.clients().keySet().forEach(t -> generated.add(s.interfaceClients().containsKey(t)
                        ? InterfaceClient.className(t) : t));
                facadesByType(s).keySet().forEach(t -> generated.add(t + "CleaveFacade"));
                out.text(dir + "/src/main/resources/META-INF/cleave/components.txt", generated.stream()
                        .map(t -> t + "\n").collect(java.util.stream.Collectors.joining()));
            }
            c.facts().javaEe().ifPresent(ee -> JavaEeModules.emitService(c, ee, s, out));
            if (c.legacyData().springXml() != null) {
                // the monolith's context files with their database set-up off: ahead of the shared jar's on the class path
                c.legacyData().springXml().rewritten().forEach((file, text) ->
                        out.text(dir + "/src/main/resources/" + file, text));
            }
        }
        out.text(dir + "/src/main/resources/cleave/events.properties", events(s));
        out.text(dir + "/README.md", ServiceReadme.of(c, s));
    }

    static Map<String, Set<Operation>> facadesByType(ServiceLayout s) {
        Map<String, Set<Operation>> byType = new TreeMap<>();
        s.facade().forEach(op -> byType.computeIfAbsent(op.type(), k -> new TreeSet<>()).add(op));
        return byType;
    }

    /** The service that serves the calls of the client of {@code type} in service {@code s}. */
    static String owner(Context c, ServiceLayout s, String type) {
        InterfaceClient implementing = s.interfaceClients().get(type);
        if (implementing != null) {
            return implementing.owner();
        }
        return c.services().stream().filter(x -> x.own().contains(type)).findFirst().orElseThrow().name();
    }

    private static List<String[]> settings(Context c, ServiceLayout s) {
        List<String[]> settings = new ArrayList<>();
        settings.add(new String[] {"cleave.service", s.name()});
        settings.add(new String[] {"spring.application.name", s.name()});
        settings.add(new String[] {"server.port", Integer.toString(s.port())});
        Database.serviceSettings(c, settings);
        for (ServiceLayout peer : c.services()) {
            if (!peer.name().equals(s.name())) {
                settings.add(new String[] {c.peerUrlKey(peer.name()), c.peerUrlDefault(peer)});
            }
        }
        if (c.sharedSessions()) {
            settings.add(new String[] {"spring.session.jdbc.initialize-schema", "never"});
            // the session cookie as the monolith's server wrote it (Spring Session's own default is SESSION)
            String cookie = c.settings("server.servlet.session.cookie.name");
            settings.add(new String[] {"server.servlet.session.cookie.name", cookie == null ? "JSESSIONID" : cookie});
        }
        if (c.legacy()) {
            LegacyWeb.sessionSettings(c, settings);
            springXmlDatabase(c, settings);
            c.facts().javaEe().ifPresent(ee -> JavaEeModules.serviceSettings(c, ee, settings));
            if (!c.components().isEmpty() && !c.rootPackage().isEmpty()) {
                // the monolith's beans travel between services as their fields, as the objects themselves would
                settings.add(new String[] {"cleave.rpc.field-packages", c.rootPackage()});
            }
            if (LegacyWeb.declaresDataSources(c)) {
                settings.add(new String[] {"cleave.legacy.jndi", "true"});
            }
            if (LegacyWeb.takesRoot(c.webApp())) {
                // the monolith's own servlet (a DispatcherServlet, most often) answers at "/", as in its container,
                // which also had its default servlet (<mvc:default-servlet-handler/> forwards to it); Boot's
                // dispatcher moves aside and serves Cleave's requests only (LegacyWebApp forwards them to it)
                settings.add(new String[] {"spring.mvc.servlet.path", LegacyWeb.BOOT_DISPATCHER_PATH});
                settings.add(new String[] {"server.servlet.register-default-servlet", "true"});
            }
            // an error the application does not handle is answered by Tomcat's own error page, as in its container;
            // Boot's error controller would answer with its JSON or "Whitelabel" page instead
            String excluded = c.settings("spring.autoconfigure.exclude");
            settings.add(new String[] {"spring.autoconfigure.exclude", (excluded == null || excluded.isBlank() ? ""
                    : excluded.strip() + ",") + ERROR_MVC});
            // with its report and server line, as Tomcat shows it (Boot strips both unless stack traces are "always")
            settings.add(new String[] {"server.error.include-stacktrace", "always"});
            if (LegacyWeb.ownContext(c.webApp())) {
                // its context enables the Spring Data repositories it wants (<jpa:repositories> in a profile), not Boot
                settings.add(new String[] {"spring.data.jpa.repositories.enabled", "false"});
            }
            if (!c.webApp().springRootContexts().isEmpty() || !c.webApp().initializers().isEmpty()) {
                // the monolith's XML contexts were written for plain Spring, which lets a later definition replace an
                // earlier one of the same name (<tx:annotation-driven/> beside Boot's own transaction set-up)
                settings.add(new String[] {"spring.main.allow-bean-definition-overriding", "true"});
            }
            if (c.legacyData().memoryName() != null && !c.legacyData().urlSites().isEmpty()) {
                // the in-memory database the copies of the monolith's classes turn into the shared one
                settings.add(new String[] {"cleave.legacy.memory-database", c.legacyData().memoryName()});
            }
        }
        if (!c.startup().isEmpty()) {
            // the monolith's start-up code that uses the database: once per database, in one service (StartupOnce)
            settings.add(new String[] {"cleave.startup.once", String.join(",", c.startup().entrySet().stream()
                    .map(e -> e.getKey() + "@" + e.getValue()).toList())});
        }
        settings.add(new String[] {"server.forward-headers-strategy", "framework"});
        health(c, settings);
        return settings;
    }

    /**
     * The placeholders a Spring XML context opens the database with, set to the shared database's (Spring reads the
     * environment before the context's properties file), and its set-up switch off: the database module ran it.
     */
    private static void springXmlDatabase(Context c, List<String[]> settings) {
        var xml = c.legacyData().springXml();
        if (xml == null) {
            return;
        }
        if (xml.urlKey() != null) {
            settings.add(new String[] {xml.urlKey(), "${spring.datasource.url}"});
        }
        if (xml.userKey() != null) {
            settings.add(new String[] {xml.userKey(), "${spring.datasource.username:}"});
        }
        if (xml.passwordKey() != null) {
            settings.add(new String[] {xml.passwordKey(), "${spring.datasource.password:}"});
        }
        if (xml.switchKey() != null) {
            settings.add(new String[] {xml.switchKey(), "false"});
        }
    }

    /**
     * Health beside the endpoints the monolith itself exposes ({@code info}, {@code metrics}, {@code *}...): its list is
     * kept, with {@code health} added when missing. The liveness and readiness groups the Kubernetes probes use are
     * turned on by Spring Boot itself when it runs on Kubernetes; turning them on everywhere would add a
     * {@code groups} list to {@code /actuator/health}, which would then answer otherwise than the monolith's.
     */
    static void health(Context c, List<String[]> settings) {
        settings.add(new String[] {"management.endpoints.web.exposure.include",
                exposure(c.settings("management.endpoints.web.exposure.include"))});
    }

    /** The monolith's exposed endpoints with {@code health} added: {@code *} stays {@code *}. */
    static String exposure(String monolith) {
        java.util.Set<String> endpoints = new java.util.LinkedHashSet<>();
        if (monolith != null) {
            for (String e : monolith.split(",")) {
                if (!e.isBlank()) {
                    endpoints.add(e.strip());
                }
            }
        }
        if (!endpoints.contains("*")) {
            endpoints.add("health");
        }
        return String.join(",", endpoints);
    }

    private static String events(ServiceLayout s) {
        StringBuilder text = new StringBuilder("# Generated by Cleave: events published here that listeners in other"
                + " services receive (type=services)\n");
        s.forwards().forEach((event, to) -> text.append(event).append('=').append(String.join(",", to)).append('\n'));
        return text.toString();
    }
}
