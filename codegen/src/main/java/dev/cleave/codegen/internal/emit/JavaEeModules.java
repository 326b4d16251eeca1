package dev.cleave.codegen.internal.emit;

import dev.cleave.codegen.internal.layout.ServiceLayout;
import dev.cleave.codegen.internal.source.JavaEe;
import dev.cleave.codegen.internal.source.MonolithBuild;
import dev.cleave.codegen.internal.source.SourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Java EE application's container work in the generated modules: which of its beans each module runs
 * ({@code META-INF/cleave/javaee.properties}, read by the runtime's {@code LegacyEjb}, {@code LegacyJaxRs} and
 * {@code LegacyJms}), what the shared library adds to the monolith's dependencies (JPA, Jersey with JSON-B, the
 * Artemis client, the EJB and CDI APIs the server gave), each service's settings, and the message broker the database
 * module runs when the application uses JMS.
 */
public final class JavaEeModules {
    static final String SETTINGS = "src/main/resources/META-INF/cleave/javaee.properties";
    /** The runtime classes of the Java EE path, each emitted when the application needs it. */
    static final String EJB = "LegacyEjb";
    static final String JAX_RS = "LegacyJaxRs";
    static final String JMS = "LegacyJms";

    private JavaEeModules() {
    }

    /**
     * What the shared library of a Java EE application adds to the monolith's dependencies, beside the web starter:
     * Spring's JPA (Hibernate in place of the server's provider) when it has a persistence unit, Jersey with JSON-B
     * (the server's JSON binding; Jersey's Jackson module left out) when it has JAX-RS resources, the Artemis client
     * when it uses JMS, and the EJB, CDI and injection APIs, which the server provided.
     */
    public static List<String> extras(MonolithBuild build, JavaEe ee, boolean jakarta, boolean cdi,
                                      boolean validation) {
        List<String> extras = new ArrayList<>();
        if (validation && !build.hasDependency("org.springframework.boot", "spring-boot-starter-validation")) {
            extras.add(dependency("org.springframework.boot", "spring-boot-starter-validation", null, ""));
        }
        if (ee.persistenceUnit() != null && !build.hasDependency("org.springframework.boot", "spring-boot-starter-data-jpa")) {
            extras.add(dependency("org.springframework.boot", "spring-boot-starter-data-jpa", null, ""));
        }
        if (!ee.jaxRs().isEmpty() && jsonBinding(build, jakarta)) {
            extras.add(dependency("org.springframework.boot", "spring-boot-starter-jersey", null,
                    "      <exclusions>\n        <exclusion>\n          <groupId>org.glassfish.jersey.media</groupId>\n"
                            + "          <artifactId>jersey-media-json-jackson</artifactId>\n        </exclusion>\n"
                            + "      </exclusions>\n"));
            extras.add(dependency("org.glassfish.jersey.media", "jersey-media-json-binding", null, ""));
        } else if (!ee.jaxRs().isEmpty()) {
            // Java EE 7 had no JSON binding of its own: its servers bound JSON with Jackson (WildFly's RESTEasy), as
            // Jersey's Jackson module does
            extras.add(dependency("org.springframework.boot", "spring-boot-starter-jersey", null, ""));
        }
        if (ee.jms()) {
            extras.add(dependency("org.springframework.boot", "spring-boot-starter-artemis", null, ""));
        }
        extras.add(jakarta ? dependency("jakarta.ejb", "jakarta.ejb-api", "4.0.1", "")
                : dependency("javax.ejb", "javax.ejb-api", "3.2.2", ""));
        if (cdi) {
            // without its EL API: the embedded Tomcat has EL, whose factory an API jar of its own would hide
            extras.add(jakarta ? dependency("jakarta.enterprise", "jakarta.enterprise.cdi-api", "4.0.1",
                    exclusion("jakarta.el", "jakarta.el-api")) : dependency("javax.enterprise", "cdi-api", "2.0",
                    exclusion("javax.el", "javax.el-api")));
        }
        extras.add(jakarta ? dependency("jakarta.inject", "jakarta.inject-api", "2.0.1", "")
                : dependency("javax.inject", "javax.inject", "1", ""));
        return extras;
    }

    /**
     * Whether the application's server bound JSON with JSON-B: Java EE 8 and Jakarta EE do (the platform's JSON
     * binding), unless the application brings a Jackson provider of its own; Java EE 7 and before had none (Jackson).
     */
    static boolean jsonBinding(MonolithBuild build, boolean jakarta) {
        if (build.dependencies().stream().anyMatch(d -> d.artifactId().contains("jackson") && (d.artifactId()
                .contains("jaxrs") || d.artifactId().contains("resteasy") || d.artifactId().contains("json-jackson")
                || d.groupId().contains("resteasy")))) {
            return false;
        }
        if (jakarta) {
            return true;
        }
        java.util.Optional<String> platform = build.dependencies().stream()
                .filter(d -> d.artifactId().equals("javaee-api") || d.artifactId().equals("javaee-web-api"))
                .map(d -> d.xml().replaceAll("(?s).*<version>\\s*([^<\\s]+)\\s*</version>.*", "$1")).findFirst();
        return platform.map(v -> !v.matches("[1-7](\\..*)?")).orElse(true);
    }

    private static String exclusion(String group, String artifact) {
        return "      <exclusions>\n        <exclusion>\n          <groupId>" + group + "</groupId>\n          <artifactId>"
                + artifact + "</artifactId>\n        </exclusion>\n      </exclusions>\n";
    }

    private static String dependency(String group, String artifact, String version, String inner) {
        return "    <dependency>\n      <groupId>" + group + "</groupId>\n      <artifactId>" + artifact
                + "</artifactId>\n" + (version == null ? "" : "      <version>" + version + "</version>\n") + inner
                + "    </dependency>\n";
    }

    /** The runtime classes the application needs, with the Spring auto-configurations among them. */
    static List<String> runtime(JavaEe ee) {
        List<String> names = new ArrayList<>(List.of(EJB));
        if (!ee.jaxRs().isEmpty()) {
            names.add(JAX_RS);
        }
        if (ee.jms()) {
            names.add(JMS);
        }
        return names;
    }

    /** The Java EE runtime in the shared library, and Jersey's hook that takes resources from Spring. */
    static void emitShared(Context c, JavaEe ee, OutputTree out) {
        for (String name : runtime(ee)) {
            out.put(SharedModule.DIR + "/src/main/java/dev/cleave/runtime/" + name + ".java",
                    Resources.javaEeRuntime(name, c.poms().build().jakarta()));
        }
        if (!ee.jaxRs().isEmpty()) {
            out.text(SharedModule.DIR + "/src/main/resources/META-INF/services/"
                    + "org.glassfish.jersey.server.spi.ComponentProvider", "dev.cleave.runtime.LegacyJaxRs$SpringBeans\n");
        }
    }

    /**
     * A service's settings file: the beans of the classes it has (message-driven beans and resources only where it owns
     * them: a message is handled once, a URL served by its owner), the JNDI names and env-entries.
     */
    static void emitService(Context c, JavaEe ee, ServiceLayout s, OutputTree out) {
        Set<String> present = new TreeSet<>(s.own());
        present.addAll(s.copies());
        present.addAll(c.shared());
        Set<String> beans = new TreeSet<>();
        for (String b : ee.beans()) {
            boolean ownedOnly = ee.mdbs().contains(b) || ee.jaxRs().contains(b) && isResource(c, b);
            if (present.contains(b) && !ee.setupBeans().contains(b) && (!ownedOnly || s.own().contains(b)
                    || c.shared().contains(b) && firstService(c, s))) {
                beans.add(b);
            }
        }
        out.text(ServiceModule.dir(s) + "/" + SETTINGS, settings(c, ee, "service '" + s.name() + "'", beans));
    }

    /** The database module's settings file: the start-up beans that set the database up, run there once. */
    static String databaseSettings(Context c, JavaEe ee) {
        return settings(c, ee, "the shared database: the start-up beans that set it up", ee.setupBeans());
    }

    private static boolean firstService(Context c, ServiceLayout s) {
        return c.services().get(0).name().equals(s.name());
    }

    private static boolean isResource(Context c, String type) {
        SourceType t = c.facts().monolith().type(type);
        return t != null && t.hasAnnotation("Path");
    }

    private static String settings(Context c, JavaEe ee, String title, Set<String> beans) {
        StringBuilder x = new StringBuilder("# Generated by Cleave: the Java EE beans of ").append(title)
                .append(", which dev.cleave.runtime.LegacyEjb runs as Spring beans, and the JNDI names the application"
                        + " server bound\n");
        x.append("beans=").append(String.join(",", beans)).append('\n');
        List<String> jaxRs = ee.jaxRs().stream().filter(beans::contains).toList();
        x.append("jaxrs.classes=").append(String.join(",", jaxRs)).append('\n');
        if (validation(c)) {
            x.append("jaxrs.validation=true\n");
        }
        x.append("mdbs=").append(String.join(",", ee.mdbs().stream().filter(beans::contains).toList())).append('\n');
        if (ee.persistenceUnit() != null) {
            x.append("persistence-unit=").append(ee.persistenceUnit()).append('\n');
        }
        x.append("jndi.java\\:comp/DefaultDataSource=datasource\n");
        Set<String> dataSources = new TreeSet<>(ee.dataSources().keySet());
        if (ee.unitDataSource() != null) {
            dataSources.add(ee.unitDataSource());
        }
        for (String name : dataSources) {
            x.append("jndi.").append(key(name)).append("=datasource\n");
        }
        for (Map.Entry<String, String> d : ee.destinations().entrySet()) {
            x.append("destination.").append(key(d.getKey())).append('=').append(value(d.getValue())).append('\n');
        }
        for (Map.Entry<String, String> e : ee.envEntries().entrySet()) {
            x.append("env.").append(key(e.getKey())).append('=').append(value(e.getValue())).append('\n');
        }
        return x.toString();
    }

    /** Whether the application uses Bean Validation, which its server ran on resources' parameters. */
    static boolean validation(Context c) {
        return c.facts().monolith().types().values().stream().anyMatch(t -> t.unit().getImports().stream()
                .anyMatch(i -> i.getNameAsString().matches("(javax|jakarta)\\.validation(\\..*)?")));
    }

    private static String key(String text) {
        return text.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ");
    }

    private static String value(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n");
    }

    /**
     * A service's settings for the container's work: Jersey under the application path; the broker; Hibernate naming
     * tables and columns as the JPA specification does (as the server's provider did), and creating nothing: the
     * database module set the database up.
     */
    static void serviceSettings(Context c, JavaEe ee, List<String[]> settings) {
        if (!ee.jaxRs().isEmpty()) {
            settings.add(new String[] {"spring.jersey.application-path", ee.applicationPath().isEmpty() ? "/"
                    : ee.applicationPath()});
        }
        if (ee.jms()) {
            settings.add(new String[] {"spring.artemis.mode", "native"});
            settings.add(new String[] {"spring.artemis.broker-url", "tcp://localhost:" + brokerPort(c)});
        }
        if (ee.persistenceUnit() != null) {
            jpa(ee, settings, false);
        }
    }

    /**
     * The persistence unit as Spring's JPA settings. The database module creates the schema and loads the unit's
     * scripts once, as the unit asks ({@link JavaEe#schemaGeneration}); the services do neither.
     */
    static void jpa(JavaEe ee, List<String[]> settings, boolean database) {
        settings.add(new String[] {"spring.jpa.hibernate.naming.physical-strategy",
                "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl"});
        settings.add(new String[] {"spring.jpa.hibernate.naming.implicit-strategy",
                "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl"});
        String ddl = database && ee.schemaGeneration() != null ? ee.schemaGeneration() : "none";
        settings.add(new String[] {"spring.jpa.hibernate.ddl-auto", ddl});
        settings.add(new String[] {"spring.jpa.open-in-view", "false"});
        ee.unitProperties().forEach((k, v) -> {
            boolean provider = k.startsWith("hibernate.") || k.startsWith("javax.persistence.")
                    || k.startsWith("jakarta.persistence.");
            if (provider && (database || !JavaEe.setsUpSchema(k)) && !k.equals("hibernate.hbm2ddl.auto")) {
                settings.add(new String[] {"spring.jpa.properties." + k, v});
            }
        });
    }

    /**
     * Gateway paths of a JAX-RS resource: the application path with the class's {@code @Path}, itself and below
     * ({@code /api/parcels}, {@code /api/parcels/**}); a resource at the application's root takes the application path.
     */
    static List<String> routes(Context c, JavaEe ee, String type) {
        SourceType t = c.facts().monolith().type(type);
        if (t == null || !ee.jaxRs().contains(type) || !t.hasAnnotation("Path")) {
            return List.of();
        }
        String path = t.declaration().getAnnotationByName("Path").map(a -> {
            if (a instanceof com.github.javaparser.ast.expr.SingleMemberAnnotationExpr m
                    && m.getMemberValue() instanceof com.github.javaparser.ast.expr.StringLiteralExpr l) {
                return l.asString();
            }
            if (a instanceof com.github.javaparser.ast.expr.NormalAnnotationExpr n) {
                return n.getPairs().stream().filter(p -> p.getNameAsString().equals("value"))
                        .map(p -> p.getValue() instanceof com.github.javaparser.ast.expr.StringLiteralExpr l
                                ? l.asString() : null).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            }
            return null;
        }).orElse(null);
        if (path == null) {
            c.warnings().add("JAX-RS resource " + type + " has a @Path that is not a literal: the gateway routes it to"
                    + " the service answering every other path");
            return List.of();
        }
        String base = ee.applicationPath() + "/" + path.replaceAll("^/+", "").replaceAll("/+$", "");
        base = base.replaceAll("\\{[^}]*}.*$", "").replaceAll("/+$", "");
        if (base.isEmpty() || base.equals(ee.applicationPath()) && ee.applicationPath().isEmpty()) {
            return List.of("/");
        }
        return List.of(base, base + "/**");
    }

    /** The port the database module's broker listens on (beside the database's). */
    static int brokerPort(Context c) {
        return c.options().databasePort() + 1;
    }

    /** The broker's settings in the database module: embedded Artemis with the declared destinations. */
    static void brokerSettings(Context c, JavaEe ee, List<String[]> settings) {
        settings.add(new String[] {"spring.artemis.mode", "embedded"});
        // the broker's audit log writes a line per session and message
        settings.add(new String[] {"logging.level.org.apache.activemq.audit", "warn"});
        settings.add(new String[] {"cleave.broker.port", Integer.toString(brokerPort(c))});
        List<String> queues = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        ee.destinations().values().forEach(d -> (d.startsWith("topic:") ? topics : queues).add(d.substring(d.indexOf(':') + 1)));
        if (!queues.isEmpty()) {
            settings.add(new String[] {"spring.artemis.embedded.queues", String.join(",", queues)});
        }
        if (!topics.isEmpty()) {
            settings.add(new String[] {"spring.artemis.embedded.topics", String.join(",", topics)});
        }
    }

    /** The database module's broker: Artemis embedded, reachable by the services over TCP. */
    static String brokerSource() {
        return """
                package dev.cleave.database;

                import org.springframework.beans.factory.annotation.Value;
                import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
                import org.springframework.context.annotation.Bean;
                import org.springframework.context.annotation.Configuration;

                /**
                 * Generated by Cleave: the message broker of the system, in place of the application server's. The
                 * services send to it and their message-driven beans listen on it over TCP
                 * ({@code cleave.broker.port}, {@code CLEAVE_BROKER_PORT}); its queues and topics are the ones the
                 * application declared.
                 */
                @Configuration
                public class Broker {
                    @Bean
                    ArtemisConfigurationCustomizer cleaveBrokerOverTcp(@Value("${cleave.broker.port}") int port,
                            @Value("${cleave.broker.host:0.0.0.0}") String host) {
                        return configuration -> {
                            try {
                                configuration.addAcceptorConfiguration("tcp", "tcp://" + host + ":" + port);
                            } catch (Exception e) {
                                throw new IllegalStateException("the broker cannot listen on port " + port, e);
                            }
                        };
                    }
                }
                """;
    }

    /** What the database module adds to serve the broker. */
    static List<String> brokerDependencies(Context c) {
        return List.of(c.poms().dependency("org.springframework.boot", "spring-boot-starter-artemis", null),
                c.poms().dependency("org.apache.activemq", c.poms().build().jakarta() ? "artemis-jakarta-server"
                        : "artemis-jms-server", null));
    }
}
