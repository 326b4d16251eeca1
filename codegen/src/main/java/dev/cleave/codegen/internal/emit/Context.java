package dev.cleave.codegen.internal.emit;

import dev.cleave.codegen.GenerateOptions;
import dev.cleave.codegen.internal.layout.ServiceLayout;
import dev.cleave.codegen.internal.source.DataSetup;
import dev.cleave.codegen.internal.source.Facts;
import dev.cleave.codegen.internal.source.MonolithSettings;
import dev.cleave.codegen.internal.source.LegacyData;
import dev.cleave.codegen.internal.source.PlainComponents;
import dev.cleave.codegen.internal.source.SourceType;
import dev.cleave.codegen.internal.source.WebApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Everything the emitters share: the parsed monolith, the layouts, the options and the monolith's settings.
 *
 * @param project      project name (the monolith's directory name), used in artifact ids
 * @param monolithSettings the monolith's settings: every runnable module starts its generated
 *                     {@code application.properties} from the monolith's and keeps its YAML and profile files, without
 *                     the keys Cleave sets ({@link SettingsFiles})
 * @param data         how the monolith reaches and sets up its database
 * @param gatewayPort  the gateway's port: the option's, else the monolith's own ({@code server.port}, else 8080)
 * @param databaseHttpPort default HTTP (health) port of the database module
 * @param rpcSecretFile the content of the services' secret file ({@code RpcSecret})
 * @param sharedSessions whether the services share HTTP sessions through the database ({@link Sessions})
 * @param legacyData   for a servlet web application (not a Boot monolith), how it reaches and sets up its database
 *                     ({@link LegacyData}); null for a Boot monolith
 * @param components   the plain classes of a servlet web application that other services call rather than copy
 *                     ({@link PlainComponents}); empty for a Boot monolith
 * @param startup      the monolith's start-up code that uses its database → the one service that runs it, once per
 *                     database ({@link dev.cleave.codegen.internal.layout.StartupHomes})
 */
public record Context(Facts facts, GenerateOptions options, List<ServiceLayout> services, Set<String> shared,
                      Poms poms, String project, MonolithSettings monolithSettings, DataSetup data,
                      int gatewayPort, int databaseHttpPort,
                      String rpcSecretFile, boolean sharedSessions, List<String> warnings, LegacyData legacyData,
                      java.util.Map<String, PlainComponents.Component> components,
                      java.util.Map<String, String> startup) {

    /** Whether the monolith is a servlet web application that the services run in Boot's embedded Tomcat. */
    boolean legacy() {
        return legacyData != null;
    }

    /** The monolith's servlet web application; fails for a Boot monolith. */
    WebApp webApp() {
        return facts.webApp().orElseThrow();
    }

    /** Whether the database module serves the monolith's in-memory database (H2, HyperSQL or Derby) to all services. */
    boolean servesDatabase() {
        return data.embedded() != null;
    }

    Path resources() {
        return options.monolithRoot().resolve("src/main/resources");
    }

    /** The source file of a type, copied byte for byte. */
    byte[] source(String fqn) {
        return facts.monolith().type(fqn).text().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A class as a service or the shared library gets it: unchanged, except a servlet application's class that hands
     * the monolith's in-memory database URL to JDBC, whose URL goes through the runtime's {@code LegacyDatabase.url}
     * ({@link dev.cleave.codegen.internal.source.JdbcUrlSites}), and a Boot application class, which leaves out of its
     * {@code @Import} the configurations of services that its scan registers anyway
     * ({@link dev.cleave.codegen.internal.source.ScannedImports}).
     */
    byte[] serviceSource(String fqn) {
        if (legacy() && legacyData.rewrites(fqn)) {
            return dev.cleave.codegen.internal.source.JdbcUrlSites.rewrite(facts.monolith().type(fqn));
        }
        java.util.Set<String> scanned = new java.util.TreeSet<>(facts.scannedImports(fqn));
        scanned.removeAll(shared);
        if (!scanned.isEmpty()) {
            return dev.cleave.codegen.internal.source.ScannedImports.rewrite(facts.monolith().type(fqn), facts.names(),
                    scanned);
        }
        return source(fqn);
    }

    /**
     * {@link #serviceSource} in a module that has the monolith classes {@code present} (its own, copies and clients,
     * and the shared library's): imports of other monolith classes the file never uses are dropped
     * ({@link dev.cleave.codegen.internal.source.UnusedImports}).
     */
    byte[] serviceSource(String fqn, java.util.Set<String> present) {
        return serviceSource(fqn, present, java.util.Set.of());
    }

    /**
     * {@link #serviceSource(String, java.util.Set)} in a service that reaches {@code clients} through generated
     * clients: a configuration's {@code @Bean} methods that construct one of them are left out
     * ({@link dev.cleave.codegen.internal.source.ClientBeanMethods}).
     */
    byte[] serviceSource(String fqn, java.util.Set<String> present, java.util.Set<String> clients) {
        String original = new String(serviceSource(fqn), StandardCharsets.UTF_8);
        String text = clients.isEmpty() ? original : dev.cleave.codegen.internal.source.ClientBeanMethods.rewrite(
                facts.monolith().type(fqn), original, facts.names(), clients);
        java.util.function.Predicate<String> absent = t -> !present.contains(t) && !shared.contains(t);
        String kept = dev.cleave.codegen.internal.source.UnusedImports.drop(facts.monolith().type(fqn), text, absent,
                facts.monolith());
        return kept.equals(original) ? serviceSource(fqn) : kept.getBytes(StandardCharsets.UTF_8);
    }

    /** The monolith's {@code application.properties} text ("" when it has none). */
    String monolithProperties() {
        return monolithSettings.properties();
    }

    /** A setting of the monolith as it starts (its active profiles' files, properties, then YAML), or null. */
    String settings(String key) {
        return monolithSettings.value(key);
    }

    /**
     * The monolith's context path ({@code server.servlet.context-path}) as Boot cleans it: {@code /petclinic} for
     * {@code /petclinic/}; "" when it has none. The services keep it; the gateway routes the paths under it.
     */
    String contextPath() {
        return contextPath(monolithSettings);
    }

    public static String contextPath(MonolithSettings settings) {
        String path = settings.resolved("server.servlet.context-path");
        if (path == null) {
            return "";
        }
        path = path.strip();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.isEmpty() || path.startsWith("/") ? path : "/" + path;
    }

    String javaPath(String module, String fqn) {
        SourceType type = facts.monolith().type(fqn);
        return module + "/src/main/java/" + type.relativePath();
    }

    String applicationClass() {
        if (legacy()) {
            return legacyApplicationClass();
        }
        return shared.stream().filter(t -> facts.role(t) == dev.cleave.codegen.internal.source.Role.APPLICATION)
                .findFirst().orElseThrow(() -> new dev.cleave.codegen.GenerationException("the monolith has no"
                        + " @SpringBootApplication class: Cleave generates Spring Boot services from a Spring Boot"
                        + " monolith (the servlet sample needs a generated main class: not supported yet)"));
    }

    /**
     * The main class every module of a servlet web application runs, generated into the shared library: in the
     * monolith's root package, so that Spring finds the generated clients and facades beside the monolith's classes.
     */
    String legacyApplicationClass() {
        String root = rootPackage();
        return (root.isEmpty() ? "" : root + ".") + "CleaveApplication";
    }

    /** The longest package prefix of all the monolith's types. */
    String rootPackage() {
        String root = null;
        for (String t : facts.monolith().types().keySet()) {
            String pkg = t.contains(".") ? t.substring(0, t.lastIndexOf('.')) : "";
            root = root == null ? pkg : commonPackage(root, pkg);
        }
        return root == null ? "" : root;
    }

    /**
     * The package the database module scans for the entities whose schema it creates: the longest package prefix of
     * the monolith's entity classes ({@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass}), else of all its
     * types ({@link #rootPackage}). A monolith whose classes share no package (its own and a bundled library's, such as
     * {@code com.example.routing} beside {@code org.shop}) has the root package "", and an empty {@code @EntityScan}
     * finds nothing in a packaged jar: the database module started without tables or sequences.
     */
    String entityPackage() {
        String root = null;
        for (String t : facts.monolith().types().keySet()) {
            if (facts.role(t) == dev.cleave.codegen.internal.source.Role.ENTITY) {
                String pkg = t.contains(".") ? t.substring(0, t.lastIndexOf('.')) : "";
                root = root == null ? pkg : commonPackage(root, pkg);
            }
        }
        return root == null || root.isEmpty() ? rootPackage() : root;
    }

    private static String commonPackage(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(x.length, y.length) && x[i].equals(y[i]); i++) {
            s.append(i == 0 ? "" : ".").append(x[i]);
        }
        return s.toString();
    }

    String peerUrlKey(String service) {
        return "cleave.peers." + service;
    }

    String peerUrlDefault(ServiceLayout s) {
        return "http://localhost:" + s.port();
    }
}
