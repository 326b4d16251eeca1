package dev.cleave.codegen.internal;

import dev.cleave.codegen.GenerateOptions;
import dev.cleave.codegen.GenerationException;
import dev.cleave.codegen.internal.emit.Context;
import dev.cleave.codegen.deploy.DeployOptions;
import dev.cleave.codegen.internal.emit.DeployHook;
import dev.cleave.codegen.internal.emit.JibDeployHook;
import dev.cleave.codegen.internal.emit.Poms;
import dev.cleave.codegen.internal.emit.Sessions;
import dev.cleave.codegen.internal.layout.Layouts;
import dev.cleave.codegen.internal.layout.ServiceLayout;
import dev.cleave.codegen.internal.layout.SharedClasses;
import dev.cleave.codegen.internal.source.DataSetup;
import dev.cleave.codegen.internal.source.Facts;
import dev.cleave.codegen.internal.source.JavaEe;
import dev.cleave.codegen.internal.source.JdbcUrlSites;
import dev.cleave.codegen.internal.source.JndiResources;
import dev.cleave.codegen.internal.source.LegacyData;
import dev.cleave.codegen.internal.source.MonolithBuild;
import dev.cleave.codegen.internal.source.MonolithSettings;
import dev.cleave.codegen.internal.source.PlainComponents;
import dev.cleave.codegen.internal.source.Role;
import dev.cleave.codegen.internal.source.SpringXmlBeans;
import dev.cleave.codegen.internal.source.Monolith;
import dev.cleave.model.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads the monolith and lays out the system: everything the emitters need. */
public final class Setup {
    private Setup() {
    }

    /**
     * On a database whose transactions cannot read each other's uncommitted rows (PostgreSQL, Oracle, HyperSQL as the
     * database module serves it), a call to
     * another service made inside a transaction no longer sees what the caller wrote before it: a query of the callee
     * that joins those rows finds nothing, and its write may be lost. Such plans are refused with the calls and the
     * fix, unless accepted ({@link GenerateOptions#acceptSplitTransactions}), then listed as warnings.
     */
    private static void splitTransactions(Facts facts, List<ServiceLayout> services, DataSetup data,
                                          GenerateOptions options, List<String> warnings) {
        java.util.Optional<String> database = data.withoutDirtyReads();
        if (database.isEmpty()) {
            return;
        }
        List<String> calls = new ArrayList<>();
        for (ServiceLayout s : services) {
            java.util.Set<String> files = new java.util.TreeSet<>(s.own());
            files.addAll(s.copies());
            dev.cleave.codegen.internal.source.TransactionalCalls.of(facts, files, s.clients().keySet())
                    .forEach(call -> calls.add(call + " (service '" + s.name() + "')"));
        }
        if (calls.isEmpty()) {
            return;
        }
        if (!options.acceptSplitTransactions()) {
            throw new GenerationException("the plan makes " + calls.size() + " calls to other services inside a"
                    + " transaction, and " + database.get() + " does not let the callee read the caller's uncommitted"
                    + " rows as it did in the monolith's single transaction (its queries would not see them; a write"
                    + " that depends on them would be lost): " + String.join("; ", calls.subList(0,
                    Math.min(10, calls.size()))) + (calls.size() > 10 ? "; ..." : "") + ". Keep the caller and the"
                    + " called class in one service (move them together, or keep them together in the plan), or"
                    + " accept the split (--accept-split-transactions) when the callees do not read what their"
                    + " callers wrote in the same transaction");
        }
        calls.forEach(call -> warnings.add("call inside a transaction across services, accepted on "
                + database.get() + " (the callee does not see the caller's uncommitted rows): " + call));
    }

    /** Whether the webapp folder has pages (JSP, tag files), which read the session of the service rendering them. */
    private static boolean pages(Path root) {
        Path webapp = root.resolve(dev.cleave.codegen.internal.source.WebApp.WEBAPP);
        if (!Files.isDirectory(webapp)) {
            return false;
        }
        try (var files = Files.walk(webapp)) {
            return files.map(f -> f.getFileName().toString()).anyMatch(f -> f.endsWith(".jsp") || f.endsWith(".jspx")
                    || f.endsWith(".jspf") || f.endsWith(".tag") || f.endsWith(".tagx"));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return true;
        }
    }

    /** What the shared library of a servlet web application adds to the monolith's dependencies. */
    private static List<String> legacyExtras(Facts facts, MonolithBuild build, Path root, DataSetup data) {
        List<String> extras = new ArrayList<>(dev.cleave.codegen.internal.emit.LegacyWeb.extras(build, root,
                data.embedded() != null || data.server()));
        if (data.embedded() != null) {
            // the driver of a database the application server gave it (a container's lib folder): the services' own
            for (String coordinates : data.embedded().artifacts()) {
                String[] ga = coordinates.split(":");
                if (build.dependencies().stream().noneMatch(d -> d.is(ga[0], ga[1]) && (d.scope() == null
                        || d.scope().equals("compile") || d.scope().equals("runtime")))) {
                    extras.add("    <dependency>\n      <groupId>" + ga[0] + "</groupId>\n      <artifactId>" + ga[1]
                            + "</artifactId>\n    </dependency>\n");
                }
                break;
            }
        }
        facts.javaEe().ifPresent(ee -> extras.addAll(dev.cleave.codegen.internal.emit.JavaEeModules.extras(build, ee,
                build.jakarta(), facts.monolith().types().values().stream()
                        .anyMatch(t -> t.text().contains(".enterprise.")), facts.monolith().types().values().stream()
                        .anyMatch(t -> t.text().contains("javax.validation.") || t.text().contains("jakarta.validation.")))));
        return extras;
    }

    private static final java.util.Set<String> SESSION_BEANS = java.util.Set.of("Stateless", "Stateful", "Singleton");
    private static final java.util.Set<String> CONTAINER_INJECTION = java.util.Set.of("EJB", "PersistenceContext",
            "PersistenceUnit");

    /**
     * Refuses a Java EE application whose container does work that nothing in the generated services would do: a
     * message-driven bean; a session bean that the application does not make itself (one its own service locator makes
     * by the name in a settings file runs as it did); {@code @EJB} or {@code @PersistenceContext} injection; a JAX-RS
     * resource with no JAX-RS servlet of the application's own to serve it. Those services would fail on their first
     * request, so generation stops and names the classes.
     */
    /**
     * Whether Spring makes the class (a stereotype of Spring's own): Spring injects its {@code @PersistenceContext}
     * ({@code PersistenceAnnotationBeanPostProcessor}), as in a Spring XML application's JPA repositories.
     */
    private static boolean springBean(java.util.Set<String> annotations, java.util.Set<String> imports) {
        return annotations.stream().anyMatch(a -> java.util.Set.of("Repository", "Service", "Component", "Controller",
                "RestController", "Configuration").contains(a) && imports.stream()
                .anyMatch(i -> i.equals("org.springframework.stereotype." + a)
                        || i.equals("org.springframework.context.annotation." + a)
                        || i.equals("org.springframework.web.bind.annotation." + a)
                        || i.equals("org.springframework.stereotype.*")));
    }

    /**
     * Refuses an in-memory database the monolith builds in its code ({@code new EmbeddedDatabaseBuilder()...build()}, as
     * Spittr's Java configuration does) for a plan of several services: each would build an empty database of its own,
     * and what one service writes the others would never see. Cleave serves such a database once when the monolith
     * names it by URL or in Spring XML ({@code <jdbc:embedded-database>}), not yet when code builds it.
     */
    private static void refuseDatabaseBuiltInCode(Monolith monolith) {
        for (var t : new java.util.TreeMap<>(monolith.types()).values()) {
            for (var created : t.declaration().findAll(com.github.javaparser.ast.expr.ObjectCreationExpr.class)) {
                String type = created.getType().getName().getIdentifier();
                if (type.equals("EmbeddedDatabaseBuilder") || type.equals("EmbeddedDatabaseFactoryBean")
                        || type.equals("EmbeddedDatabaseFactory")) {
                    throw new GenerationException("src/main/java/" + t.relativePath() + created.getBegin()
                            .map(p -> ":" + p.line).orElse("") + " builds the monolith's in-memory database in code ("
                            + type + "): every service of this plan would build an empty database of its own, and"
                            + " what one service writes the others would never see. Cleave serves such a database"
                            + " once when the monolith names it by its URL (a DataSource bean over"
                            + " jdbc:h2:mem:<name>, a spring.datasource.url, <jdbc:embedded-database> in Spring XML);"
                            + " name it so, or generate a plan of one service");
                }
            }
        }
    }

    private static void refuseJavaEe(Facts facts) {
        boolean jaxRsServlet = facts.webApp().get().servlets().stream().map(sv -> String.valueOf(sv.className()))
                .anyMatch(c -> c.endsWith("ServletContainer") || c.endsWith("HttpServletDispatcher")
                        || c.contains("JAXRSServlet") || c.contains("JaxrsServlet"));
        List<String> found = new ArrayList<>();
        for (var t : facts.monolith().types().values()) {
            java.util.Set<String> imports = new java.util.HashSet<>();
            t.unit().getImports().forEach(i -> imports.add(i.getNameAsString()));
            boolean ejb = imports.stream().anyMatch(n -> n.matches("(javax|jakarta)\\.ejb(\\..*)?"));
            boolean jaxRs = imports.stream().anyMatch(n -> n.matches("(javax|jakarta)\\.ws\\.rs(\\..*)?"));
            java.util.Set<String> annotations = new java.util.HashSet<>();
            t.declaration().getAnnotations().forEach(a -> annotations.add(a.getName().getIdentifier()));
            boolean injected = t.declaration().findAll(com.github.javaparser.ast.expr.AnnotationExpr.class).stream()
                    .anyMatch(a -> CONTAINER_INJECTION.contains(a.getName().getIdentifier()));
            boolean madeByContainer = ejb && annotations.contains("MessageDriven")
                    || ejb && annotations.stream().anyMatch(SESSION_BEANS::contains)
                    && !facts.reflectiveTypes().contains(t.fqn())
                    || jaxRs && !jaxRsServlet && (annotations.contains("Path") || annotations.contains("ApplicationPath"))
                    || injected && !springBean(annotations, imports)
                    && (ejb || imports.stream().anyMatch(n -> n.matches("(javax|jakarta)\\.persistence.*")));
            if (madeByContainer) {
                found.add(t.fqn());
            }
        }
        if (!found.isEmpty()) {
            throw new GenerationException("the monolith is a Java EE application whose container makes, injects or"
                    + " serves " + found.size() + " of its classes (message-driven and session beans, @EJB and"
                    + " @PersistenceContext injection, JAX-RS resources: " + String.join(", ", found.subList(0,
                    Math.min(8, found.size()))) + (found.size() > 8 ? ", ..." : "") + "), which Cleave does not"
                    + " generate yet, so generation stops here (analysis, split, metrics and the check gate work)."
                    + " Until it does, keep the application whole or move those classes to Spring beans and"
                    + " controllers");
        }
    }

    /**
     * Refuses, with its own reason, an in-memory database that a Spring XML context hands to a data source bean through
     * a placeholder of the properties file that names it ({@code url="${jdbc.url}"}): Cleave does not serve a database
     * that a Spring context opens and sets up ({@code <jdbc:initialize-database>}) yet.
     */
    private static void springXmlDatabase(Path root, dev.cleave.codegen.internal.source.WebApp web, String[] found) {
        if (!found[0].endsWith(".properties")) {
            return;
        }
        java.util.Properties properties = new java.util.Properties();
        try (java.io.Reader in = new java.io.StringReader(dev.cleave.codegen.internal.source.MavenFiltering.of(root)
                .read(root, root.resolve(found[0])))) {
            properties.load(in);
        } catch (java.io.IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            return;
        }
        for (String key : new java.util.TreeSet<>(properties.stringPropertyNames())) {
            if (properties.getProperty(key).strip().startsWith(found[1])) {
                String file = SpringXmlBeans.usingPlaceholder(root, web, key);
                if (file != null) {
                    throw new GenerationException("the monolith's Spring XML context " + file + " hands the in-memory"
                            + " database " + found[1] + " (${" + key + "} of " + found[0] + ") to a data source bean:"
                            + " every service would open an empty database of its own, and Cleave does not yet serve a"
                            + " database that a Spring XML context opens and sets up (<jdbc:initialize-database>,"
                            + " <jdbc:embedded-database>), so generation stops here. Until it does, keep such a"
                            + " monolith whole, or move its data to a database server whose set-up runs once, outside"
                            + " the application");
                }
            }
        }
    }

    /**
     * The port the monolith listens on ({@code server.port}, placeholders resolved to their defaults), which the
     * gateway takes so that the monolith's URLs keep working; Boot's 8080 when it sets none or a random one (0).
     */
    static int monolithPort(MonolithSettings settings) {
        String port = settings.resolved("server.port");
        try {
            int value = port == null ? 0 : Integer.parseInt(port.strip());
            return value > 0 && value <= 65535 ? value : 8080;
        } catch (NumberFormatException e) {
            return 8080;
        }
    }

    public static Context context(Plan plan, GenerateOptions options) {
        Path root = options.monolithRoot();
        if (!Files.isDirectory(root)) {
            throw new GenerationException("monolith root " + root + " is not a directory; pass the monolith's"
                    + " project directory");
        }
        Monolith.requireSpringBoot(root);
        Monolith monolith = Monolith.load(root, options.classpath());
        PlanValidator.check(plan, monolith.types().keySet());
        Facts facts = new Facts(monolith);
        facts.webApp().ifPresent(web -> SpringXmlBeans.check(root, web, monolith));
        if (facts.webApp().isPresent()) {
            if (facts.javaEe().isEmpty()) {
                refuseJavaEe(facts);
            }
        }
        if (plan.services().size() > 1) {
            refuseDatabaseBuiltInCode(monolith);
        }
        List<String> warnings = new ArrayList<>();
        MonolithSettings settings = MonolithSettings.read(root.resolve("src/main/resources"));
        MonolithBuild build = MonolithBuild.read(root, facts.webApp()
                .map(web -> MonolithBuild.bootForServlets(web.jakarta())).orElse(null));
        LegacyData legacy = facts.webApp().map(web -> LegacyData.of(web, monolith)).orElse(null);
        DataSetup data;
        java.util.Map<String, JndiResources.DataSourceResource> jndi = legacy == null ? java.util.Map.of()
                : JndiResources.read(root);
        java.util.Optional<JavaEe.DataSource> declared = facts.javaEe().flatMap(JavaEe::database);
        if (legacy != null && declared.isPresent()) {
            // the application declares its data source for its server (@DataSourceDefinition): the database module
            // serves it, and its JNDI name is the services' data source
            data = DataSetup.ofUrl(declared.get().url(), declared.get().user(), declared.get().password(), build);
        } else if (legacy != null && legacy.urlParam() == null && !jndi.isEmpty()) {
            // the container's data source, declared in the webapp's context.xml: the module's Tomcat declares it too
            JndiResources.DataSourceResource first = jndi.values().iterator().next();
            data = DataSetup.ofUrl(first.url(), first.username(), first.password(), build);
        } else if (legacy != null && legacy.urlParam() != null) {
            Map<String, String> params = facts.webApp().get().contextParams();
            data = DataSetup.ofUrl(params.get(legacy.urlParam()).strip(), legacy.userParam() == null ? null
                    : params.get(legacy.userParam()), legacy.passwordParam() == null ? null
                    : params.get(legacy.passwordParam()), build);
        } else {
            java.util.Optional<String[]> found = legacy == null ? java.util.Optional.empty()
                    : LegacyData.memoryUrlOutsideParams(facts.webApp().get(), monolith);
            if (found.isPresent()) {
                java.util.SortedMap<String, List<JdbcUrlSites.Site>> sites = new TreeMap<>();
                monolith.types().values().forEach(t -> {
                    List<JdbcUrlSites.Site> in = JdbcUrlSites.of(t);
                    if (!in.isEmpty()) {
                        sites.put(t.fqn(), in);
                    }
                });
                java.util.Optional<SpringXmlBeans.Database> springXml = sites.isEmpty() && found.get()[0]
                        .endsWith(".properties") ? SpringXmlBeans.database(root, facts.webApp().get(), found.get()[0],
                        found.get()[1]) : java.util.Optional.empty();
                if (springXml.isPresent()) {
                    SpringXmlBeans.Database xml = springXml.get();
                    data = DataSetup.ofUrl(found.get()[1], xml.user(), xml.password(), build);
                    legacy = legacy.withSpringXml(xml);
                    warnings.add(xml.file() + ": the data source's ${" + xml.urlKey() + "} is the shared database in"
                            + " the services (their settings give it), and the database module runs the context's"
                            + " set-up scripts once" + (xml.rewritten().isEmpty() ? "" : "; the services' copies of "
                            + String.join(", ", xml.rewritten().keySet()) + " have it off (enabled=\"false\")"));
                } else {
                    if (sites.isEmpty()) {
                        springXmlDatabase(root, facts.webApp().get(), found.get());
                        throw new GenerationException("the monolith opens the in-memory database "
                                + found.get()[1] + " named in " + found.get()[0] + ", and Cleave finds no place where"
                                + " its code hands that URL to JDBC (DriverManager.getConnection, a data source's"
                                + " setURL/setUrl/setJdbcUrl, H2's JdbcConnectionPool.create): every service would"
                                + " open an empty database of its own. Name the URL in a <context-param> of web.xml,"
                                + " or use a database server, and generate again");
                    }
                    JdbcUrlSites.Site credentials = sites.values().stream().flatMap(List::stream)
                            .filter(x -> x.user() != null).findFirst().orElse(new JdbcUrlSites.Site(0, null, null));
                    data = DataSetup.ofUrl(found.get()[1], credentials.user(), credentials.password(), build);
                    legacy = legacy.withUrlSites(sites, data.embedded() == null ? null : data.name());
                    if (legacy.memoryName() != null) {
                        sites.forEach((type, at) -> at.forEach(site -> warnings.add("src/main/java/"
                                + monolith.type(type).relativePath() + ":" + site.line() + ": the JDBC URL goes"
                                + " through dev.cleave.runtime.LegacyDatabase.url(...) in the services' copies, which"
                                + " gives the shared database for the monolith's in-memory " + found.get()[1]
                                + " (the one change made to the file)")));
                    }
                }
            } else if (legacy != null) {
                java.util.Optional<SpringXmlBeans.Database> embedded = SpringXmlBeans.embedded(root,
                        facts.webApp().get());
                if (embedded.isPresent()) {
                    SpringXmlBeans.Database xml = embedded.get();
                    data = DataSetup.ofUrl(xml.url(), xml.user(), xml.password(), build);
                    legacy = legacy.withSpringXml(xml);
                    warnings.add(xml.file() + ": its <jdbc:embedded-database> (" + xml.url() + ") is served by the"
                            + " database module, which runs its scripts once; the services' copy of the file has a data"
                            + " source of the same id over the shared database in its place");
                } else if (facts.javaEe().map(JavaEe::persistenceUnit).isPresent()) {
                    // a persistence unit on a data source of the application server's own (its default, or one of its
                    // configuration): an in-memory H2 database in its place, as WildFly's default data source is
                    JavaEe ee = facts.javaEe().get();
                    data = DataSetup.ofUrl("jdbc:h2:mem:" + ee.persistenceUnit().replaceAll("[^A-Za-z0-9_]", "_")
                            + ";DB_CLOSE_DELAY=-1", "sa", "", build);
                    warnings.add("the persistence unit " + ee.persistenceUnit() + " uses "
                            + (ee.unitDataSource() == null ? "the application server's default data source"
                            : "the data source " + ee.unitDataSource() + " of the application server's configuration")
                            + ", which the application does not declare: the database module serves an in-memory H2"
                            + " database in its place; point the services at the real one with SPRING_DATASOURCE_URL,"
                            + " _USERNAME and _PASSWORD");
                } else {
                    // no database named where Cleave reads a servlet application's (Boot's embedded defaults are not its)
                    data = new DataSetup(null, null, false, null, null, List.of(), null);
                }
            } else {
                data = DataSetup.of(settings, build, JndiResources.read(root));
            }
        }
        // the services' data source reaches the shared database: the owner of a plain class builds it on that
        Map<String, PlainComponents.Component> components = PlainComponents.of(facts,
                legacy != null && (data.embedded() != null || data.server()));
        Layouts layouts = new Layouts(facts, SharedClasses.settle(facts, plan, warnings), components);
        Set<String> shared = layouts.shared();
        int gatewayPort = options.gatewayPort() > 0 ? options.gatewayPort() : monolithPort(settings);
        List<ServiceLayout> services = layouts.services(options.firstServicePort(),
                java.util.Set.of(gatewayPort, options.databasePort()));
        String project = root.toAbsolutePath().normalize().getFileName().toString();
        services.forEach(s -> s.sharedTables().forEach((t, o) -> warnings.add("service '" + s.name()
                + "' maps table '" + t + "' owned by '" + o + "' through a copied entity (shared database)")));
        services.forEach(s -> s.copies().stream().filter(t -> facts.role(t) == Role.REPOSITORY)
                .forEach(t -> warnings.add("service '" + s.name() + "' reaches the data of " + t + " through its own"
                        + " copy of it (shared database); switch to a call when the data moves to its owner")));
        java.util.Set<Integer> taken = new java.util.HashSet<>(java.util.Set.of(gatewayPort, options.databasePort()));
        services.forEach(s -> taken.add(s.port()));
        int dbPort = options.firstServicePort() + services.size();
        while (taken.contains(dbPort)) {
            dbPort++;
        }
        splitTransactions(facts, services, data, options, warnings);
        Map<String, String> startup = dev.cleave.codegen.internal.layout.StartupHomes.of(
                dev.cleave.codegen.internal.source.StartupCode.of(facts), services, shared, warnings);
        warnings.addAll(build.notes());
        facts.javaEe().ifPresent(ee -> {
            warnings.add("the monolith is a Java EE application: its session, message-driven and CDI beans, JAX-RS"
                    + " resources and JPA run as Spring beans (container-managed transactions, EJB exceptions and"
                    + " JNDI names as its server had them; Jersey with JSON-B; Hibernate"
                    + (ee.jms() ? "; its JMS on the Artemis broker the database module runs" : "") + ")");
            ee.unsupported().forEach(u -> warnings.add(u + " in the generated services (not carried over yet)"));
        });
        boolean declaredDataSources = !JndiResources.read(root).isEmpty();
        facts.webApp().ifPresent(web -> web.unsupported().stream()
                .filter(element -> !(element.equals("resource-ref") && declaredDataSources))
                .forEach(element -> warnings.add(web.descriptor()
                + " declares " + element + ", which the services' embedded Tomcat does not get (not carried over yet):"
                + " add it by hand where it matters")));
        if (legacy != null && legacy.urlParam() != null && data.embedded() != null && legacy.switches().isEmpty()) {
            warnings.add("no context parameter of " + facts.webApp().get().descriptor() + " was found to switch the"
                    + " database's set-up at start-up: whatever the monolith's listeners do to the database at start"
                    + " (create tables, load data) every service does again on the shared database");
        }
        Map<String, String> baseImages = new TreeMap<>();
        plan.services().forEach(s -> {
            String image = s.settings().get(DeployOptions.BASE_IMAGE_SETTING);
            if (image != null && !image.isBlank()) {
                baseImages.put(s.name(), image);
            }
        });
        DeployHook deploy = new JibDeployHook(project, services, gatewayPort, data,
                dev.cleave.codegen.internal.emit.Context.contextPath(settings), dbPort,
                options.databasePort(), facts.javaEe().map(ee -> ee.jms() && data.embedded() != null
                        ? options.databasePort() + 1 : 0).orElse(0), DeployOptions.defaults().withProjectVersion(Poms.VERSION), baseImages);
        return new Context(facts, options, services, shared, new Poms(options.groupId(), project, deploy, build,
                facts.webApp().isPresent() ? legacyExtras(facts, build, root, data) : List.of()),
                project, settings, data, gatewayPort, dbPort, RpcSecret.file(options.outputDir()),
                // one service keeps its sessions in its own memory, as the monolith did: nothing to share
                Sessions.needed(build, facts, data.embedded() != null) && services.size() > 1
                        && (legacy == null || data.embedded() != null || data.server())
                        && !(legacy != null && Sessions.confined(facts, services, shared, pages(root))), warnings, legacy,
                components, startup);
    }
}
