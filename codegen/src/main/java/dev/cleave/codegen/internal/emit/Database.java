package dev.cleave.codegen.internal.emit;

import dev.cleave.codegen.internal.source.DataSetup;
import dev.cleave.codegen.internal.source.EmbeddedDatabase;
import dev.cleave.codegen.internal.source.Role;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shared database of the first migration step. A monolith on an in-memory database of an embedded engine (H2,
 * HyperSQL, Derby; named in its settings or created by Boot) gets a {@code database} module: one server of that engine
 * that sets the database up exactly as the
 * monolith did, with the monolith's own settings, scripts and migrations (schema generation, {@code schema.sql},
 * {@code data.sql}, Flyway, Liquibase), once; every service connects to it and sets nothing up. A monolith on another
 * database keeps its datasource, shared by all services.
 */
final class Database {
    static final String DIR = "database";
    /** The main class of the set-up program of a monolith's own server database. */
    static final String SETUP_CLASS = "dev.cleave.database.DatabaseSetupApplication";

    private Database() {
    }

    /**
     * What every service sets so that it uses the shared database and never sets it up again: the database module's
     * URL with the monolith's credentials (Boot's embedded defaults when it had none), no schema generation, no SQL
     * scripts, no migrations.
     */
    static void serviceSettings(Context c, List<String[]> settings) {
        DataSetup data = c.data();
        jndiReplaced(data, settings);
        if (c.legacy() && data.server()) {
            // a servlet web application names its database in its own parameters: the runtime's datasource too
            settings.add(new String[] {"spring.datasource.url", data.url()});
            if (data.username() != null) {
                settings.add(new String[] {"spring.datasource.username", data.username()});
            }
            if (data.password() != null) {
                settings.add(new String[] {"spring.datasource.password", data.password()});
            }
        }
        if (data.embedded() != null) {
            settings.add(new String[] {"spring.datasource.url", data.embedded().networkUrl("localhost",
                    c.options().databasePort(), data.name(), data.file() != null)});
            if (data.username() != null) {
                settings.add(new String[] {"spring.datasource.username", data.username()});
            }
            if (data.password() != null) {
                settings.add(new String[] {"spring.datasource.password", data.password()});
            }
        }
        settings.add(new String[] {"spring.jpa.hibernate.ddl-auto", "none"});
        settings.add(new String[] {"spring.sql.init.mode", "never"});
        settings.add(new String[] {"spring.jpa.defer-datasource-initialization", "false"});
        data.migrations().forEach(tool -> settings.add(new String[] {"spring." + tool + ".enabled", "false"}));
    }

    /**
     * A monolith that looked its datasource up in JNDI: the module has no naming context (an embedded server), so the
     * lookup goes and, for a server database that every module reaches the same way, the declared resource's URL and
     * user take its place (a served database's URL is set with the module's other settings).
     */
    private static void jndiReplaced(DataSetup data, List<String[]> settings) {
        if (data.jndi() == null) {
            return;
        }
        settings.add(new String[] {"spring.datasource.jndi-name", null});
        if (data.server()) {
            settings.add(new String[] {"spring.datasource.url", data.jndi().url()});
            if (data.jndi().username() != null) {
                settings.add(new String[] {"spring.datasource.username", data.jndi().username()});
            }
            if (data.jndi().password() != null) {
                settings.add(new String[] {"spring.datasource.password", data.jndi().password()});
            }
            if (data.jndi().driver() != null) {
                settings.add(new String[] {"spring.datasource.driver-class-name", data.jndi().driver()});
            }
        }
    }

    static void emit(Context c, OutputTree out) {
        if (c.legacy()) {
            if (c.servesDatabase()) {
                emitLegacy(c, out);
            } else if (legacySetup(c)) {
                emitLegacySetup(c, out);
            }
            return;
        }
        if (c.data().server()) {
            emitSetup(c, out);
            return;
        }
        if (!c.servesDatabase()) {
            return;
        }
        EmbeddedDatabase engine = c.data().embedded();
        List<String> dependencies = new ArrayList<>(serverDependencies(c, engine));
        if (c.sharedSessions()) {
            dependencies.add(Sessions.dependency(c));
        }
        out.text(DIR + "/pom.xml", c.poms().service(DIR, c.project() + "-database", "The database all services"
                + " of " + c.project() + " share (" + engine.title() + " server, schema and seed data)",
                dependencies, "dev.cleave.database.DatabaseApplication"));
        entityClosure(c).forEach(t -> out.put(c.javaPath(DIR, t), c.source(t)));
        out.text(DIR + "/src/main/java/dev/cleave/database/DatabaseApplication.java",
                DatabaseSources.application(c.entityPackage(), c.poms().build().bootMajor(), engine, c.data().name(),
                        firstSchemaGeneration(c), firstScripts(c), c.data().file()));
        out.text(DIR + "/src/main/java/dev/cleave/database/ForeignKeysBetweenServices.java",
                DatabaseSources.foreignKeys());
        for (String seed : List.of("data.sql", "schema.sql")) {
            if (java.nio.file.Files.isRegularFile(c.resources().resolve(seed))) {
                out.put(DIR + "/src/main/resources/" + seed, Resources.read(c.resources().resolve(seed)));
            }
        }
        SettingsFiles.write(c, DIR, "the shared database", settings(c), out);
    }

    /** Whether the system has a database module: the shared H2 server, or the set-up of the monolith's own database. */
    static boolean present(Context c) {
        return c.servesDatabase() || c.data().server() && (!c.legacy() || legacySetup(c));
    }

    /**
     * Whether a servlet web application on a database of its own sets it up at start: listeners behind a set-up
     * switch, Java EE start-up beans that create tables, or a persistence unit that has its provider create the schema.
     */
    static boolean legacySetup(Context c) {
        return c.legacy() && c.data().server() && (!c.legacyData().setupListeners().isEmpty()
                || c.facts().javaEe().map(ee -> !ee.setupBeans().isEmpty() || ee.schemaGeneration() != null)
                .orElse(false));
    }

    /**
     * The set-up program of a servlet web application on a database of its own: the monolith's set-up listeners (and
     * Java EE start-up beans, and its provider's schema generation) run once, with the monolith's parameters and their
     * switch on at the first run only, in an embedded Tomcat on a free port; then it records the set-up and exits. The
     * services get the switch off.
     */
    private static void emitLegacySetup(Context c, OutputTree out) {
        List<String> dependencies = c.sharedSessions() ? List.of(Sessions.dependency(c)) : List.of();
        out.text(DIR + "/pom.xml", c.poms().service(DIR, c.project() + "-database", "Sets up the database all"
                + " services of " + c.project() + " share, once, as the monolith's start-up did, then exits",
                dependencies, SETUP_CLASS));
        listenerClosure(c).forEach(t -> out.put(c.javaPath(DIR, t), c.source(t)));
        var ee = c.facts().javaEe();
        if (ee.isPresent() && ee.get().schemaGeneration() != null) {
            entityClosure(c).forEach(t -> out.put(c.javaPath(DIR, t), c.source(t)));
        }
        out.text(DIR + "/src/main/java/" + SETUP_CLASS.replace('.', '/') + ".java",
                DatabaseSources.setup(c.rootPackage(), c.poms().build().bootMajor(), true));
        out.text(DIR + "/src/main/java/dev/cleave/database/ForeignKeysBetweenServices.java",
                DatabaseSources.foreignKeys());
        out.text(DIR + "/" + LegacyWeb.DESCRIPTOR, LegacyWeb.setupDescriptor(c));
        ee.ifPresent(javaEe -> out.text(DIR + "/" + JavaEeModules.SETTINGS, JavaEeModules.databaseSettings(c, javaEe)));
        List<String[]> settings = new ArrayList<>();
        settings.add(new String[] {"spring.application.name", "database"});
        // a servlet context for the monolith's listeners, on a port nobody calls
        settings.add(new String[] {"server.port", "0"});
        settings.add(new String[] {"cleave.database.table-owners", tableOwners(c)});
        settings.add(new String[] {"spring.datasource.url", c.data().url()});
        if (c.data().username() != null) {
            settings.add(new String[] {"spring.datasource.username", c.data().username()});
        }
        if (c.data().password() != null) {
            settings.add(new String[] {"spring.datasource.password", c.data().password()});
        }
        settings.add(new String[] {"spring.sql.init.mode", "never"});
        if (LegacyWeb.declaresDataSources(c)) {
            settings.add(new String[] {"cleave.legacy.jndi", "true"});
        }
        ee.ifPresent(javaEe -> {
            if (javaEe.persistenceUnit() != null) {
                JavaEeModules.jpa(javaEe, settings, true);
            }
        });
        SettingsFiles.write(c, DIR, "the set-up of the shared database", settings, out);
    }

    /**
     * The database module of a servlet web application: the engine's server over the in-memory database, which the
     * monolith's own listeners set up at start, as they did in the monolith ({@link LegacyWeb#databaseDescriptor}),
     * with Spring Session's tables when sessions are shared.
     */
    private static void emitLegacy(Context c, OutputTree out) {
        EmbeddedDatabase engine = c.data().embedded();
        List<String> dependencies = new ArrayList<>(serverDependencies(c, engine));
        if (c.sharedSessions()) {
            dependencies.add(Sessions.dependency(c));
        }
        var ee = c.facts().javaEe();
        if (ee.isPresent() && ee.get().jms()) {
            dependencies.addAll(JavaEeModules.brokerDependencies(c));
            out.text(DIR + "/src/main/java/dev/cleave/database/Broker.java", JavaEeModules.brokerSource());
        }
        out.text(DIR + "/pom.xml", c.poms().service(DIR, c.project() + "-database", "The database all services"
                + " of " + c.project() + " share (" + engine.title() + " server; the monolith's start-up sets it up"
                + (ee.isPresent() && ee.get().jms() ? "; and the message broker" : "") + ")",
                dependencies, "dev.cleave.database.DatabaseApplication"));
        listenerClosure(c).forEach(t -> out.put(c.javaPath(DIR, t), c.source(t)));
        // a persistence unit that has its provider create the schema (and load its scripts): done here, once
        boolean schema = ee.isPresent() && ee.get().schemaGeneration() != null;
        if (schema) {
            entityClosure(c).forEach(t -> out.put(c.javaPath(DIR, t), c.source(t)));
        }
        out.text(DIR + "/src/main/java/dev/cleave/database/DatabaseApplication.java",
                DatabaseSources.legacyApplication(engine, c.data().name(), c.data().file(),
                        schema ? c.rootPackage() : null));
        out.text(DIR + "/" + LegacyWeb.DESCRIPTOR, LegacyWeb.databaseDescriptor(c));
        ee.ifPresent(javaEe -> out.text(DIR + "/" + JavaEeModules.SETTINGS, JavaEeModules.databaseSettings(c, javaEe)));
        List<String[]> settings = new ArrayList<>();
        settings.add(new String[] {"spring.application.name", "database"});
        settings.add(new String[] {"server.port", Integer.toString(c.databaseHttpPort())});
        settings.add(new String[] {"cleave.database.tcp-port", Integer.toString(c.options().databasePort())});
        // the monolith's own URL, in this process: the sessions' tables and health reach the database its listeners made
        settings.add(new String[] {"spring.datasource.url", c.data().url()});
        settings.add(new String[] {"spring.datasource.username", c.data().username()});
        settings.add(new String[] {"spring.datasource.password", c.data().password()});
        var xml = c.legacyData().springXml();
        if (xml != null && !xml.scripts().isEmpty()) {
            // the set-up the monolith's Spring XML context ran (<jdbc:initialize-database>): its scripts, in order, once
            settings.add(new String[] {"spring.sql.init.mode", "always"});
            settings.add(new String[] {"spring.sql.init.schema-locations", String.join(",", xml.scripts())});
        } else {
            // its schema.sql is the monolith's own file, which its listeners run: not Boot's set-up script
            settings.add(new String[] {"spring.sql.init.mode", "never"});
        }
        if (LegacyWeb.declaresDataSources(c)) {
            settings.add(new String[] {"cleave.legacy.jndi", "true"});
        }
        if (c.sharedSessions()) {
            settings.add(new String[] {"spring.session.jdbc.initialize-schema", "always"});
        }
        ee.ifPresent(javaEe -> {
            if (javaEe.persistenceUnit() != null) {
                JavaEeModules.jpa(javaEe, settings, true);
            }
            if (javaEe.jms()) {
                JavaEeModules.brokerSettings(c, javaEe, settings);
            }
        });
        ServiceModule.health(c, settings);
        SettingsFiles.write(c, DIR, "the shared database", settings, out);
    }

    /** The set-up listeners with the monolith's non-shared classes they need. */
    private static Set<String> listenerClosure(Context c) {
        Set<String> found = new TreeSet<>();
        Deque<String> work = new ArrayDeque<>();
        c.legacyData().setupListeners().stream().filter(t -> c.facts().monolith().type(t) != null).forEach(work::push);
        c.facts().javaEe().ifPresent(ee -> ee.setupBeans().forEach(work::push));
        while (!work.isEmpty()) {
            String t = work.pop();
            if (!c.shared().contains(t) && found.add(t)) {
                c.facts().references(t).forEach(work::push);
            }
        }
        return found;
    }

    /**
     * What the database module needs to serve the engine over the network (its server is in the engine's jar), in
     * compile scope and of the monolith's version when it names one: the services' drivers speak that version's
     * protocol (an H2 1.4 client cannot talk to an H2 2 server).
     */
    private static List<String> serverDependencies(Context c, EmbeddedDatabase engine) {
        return switch (engine) {
            case H2 -> List.of(c.poms().dependency("com.h2database", "h2", c.poms().monolithVersion("com.h2database", "h2")));
            case HSQLDB -> List.of(c.poms().dependency("org.hsqldb", "hsqldb", c.poms().monolithVersion("org.hsqldb", "hsqldb")));
        };
    }

    /**
     * A monolith on a database of its own (PostgreSQL, MySQL...): a program that sets it up once as the monolith did
     * and exits, before the services start.
     */
    private static void emitSetup(Context c, OutputTree out) {
        out.text(DIR + "/pom.xml", c.poms().service(DIR, c.project() + "-database", "Sets up the database all"
                + " services of " + c.project() + " share, once (schema, seed data, migrations), then exits",
                c.sharedSessions() ? List.of(Sessions.dependency(c)) : List.of(), SETUP_CLASS));
        entityClosure(c).forEach(t -> out.put(c.javaPath(DIR, t), c.source(t)));
        out.text(DIR + "/src/main/java/" + SETUP_CLASS.replace('.', '/') + ".java",
                DatabaseSources.setup(c.entityPackage(), c.poms().build().bootMajor()));
        out.text(DIR + "/src/main/java/dev/cleave/database/ForeignKeysBetweenServices.java",
                DatabaseSources.foreignKeys());
        for (String seed : List.of("data.sql", "schema.sql")) {
            if (java.nio.file.Files.isRegularFile(c.resources().resolve(seed))) {
                out.put(DIR + "/src/main/resources/" + seed, Resources.read(c.resources().resolve(seed)));
            }
        }
        List<String[]> settings = new ArrayList<>();
        settings.add(new String[] {"spring.application.name", "database"});
        settings.add(new String[] {"spring.main.web-application-type", "none"});
        settings.add(new String[] {"cleave.database.table-owners", tableOwners(c)});
        jndiReplaced(c.data(), settings);
        SettingsFiles.write(c, DIR, "the set-up of the shared database", settings, out);
    }

    private static List<String[]> settings(Context c) {
        List<String[]> settings = new ArrayList<>();
        settings.add(new String[] {"spring.application.name", "database"});
        settings.add(new String[] {"server.port", Integer.toString(c.databaseHttpPort())});
        settings.add(new String[] {"cleave.database.tcp-port", Integer.toString(c.options().databasePort())});
        if (!c.contextPath().isEmpty()) {
            // it serves no pages of the monolith: its health where the deploy files look for it
            settings.add(new String[] {"server.servlet.context-path", ""});
        }
        settings.add(new String[] {"cleave.database.table-owners", tableOwners(c)});
        if (c.data().implicit()) {
            settings.add(new String[] {"spring.datasource.url", c.data().moduleUrl()});
            settings.add(new String[] {"spring.datasource.username", c.data().username()});
            settings.add(new String[] {"spring.datasource.password", c.data().password()});
        } else if (c.data().jndi() != null) {
            // the declared resource's database, opened here, as the container opened it for the monolith
            settings.add(new String[] {"spring.datasource.jndi-name", null});
            settings.add(new String[] {"spring.datasource.url", c.data().jndi().url()});
            if (c.data().username() != null) {
                settings.add(new String[] {"spring.datasource.username", c.data().username()});
            }
            if (c.data().password() != null) {
                settings.add(new String[] {"spring.datasource.password", c.data().password()});
            }
        }
        if (c.sharedSessions()) {
            settings.add(new String[] {"spring.session.jdbc.initialize-schema", "always"});
        }
        ServiceModule.health(c, settings);
        return settings;
    }

    /**
     * {@code ddl-auto} for the first start on a file database: the monolith's (create-drop as create, since the file
     * outlives the process), or Boot's default for its in-memory database (create-drop, or none with migrations).
     */
    private static String firstSchemaGeneration(Context c) {
        String ddl = c.settings("spring.jpa.hibernate.ddl-auto");
        if (ddl == null) {
            return c.data().migrations().isEmpty() ? "create" : "none";
        }
        return ddl.equals("create-drop") ? "create" : ddl;
    }

    /** {@code spring.sql.init.mode} for the first start on a file database: the monolith's, else "always" (Boot's default for an in-memory one). */
    private static String firstScripts(Context c) {
        String mode = c.settings("spring.sql.init.mode");
        return mode == null || mode.equals("embedded") ? "always" : mode;
    }

    private static String tableOwners(Context c) {
        List<String> pairs = new ArrayList<>();
        c.services().forEach(s -> s.tables().forEach(t -> pairs.add(t + ":" + s.name())));
        return String.join(",", new TreeSet<>(pairs));
    }

    /** All entities of the monolith with the non-bean types they need, minus the shared library's. */
    private static Set<String> entityClosure(Context c) {
        Set<String> found = new TreeSet<>();
        Deque<String> work = new ArrayDeque<>();
        c.facts().monolith().types().keySet().stream().filter(t -> c.facts().role(t) == Role.ENTITY)
                .forEach(work::push);
        while (!work.isEmpty()) {
            String t = work.pop();
            if (!c.shared().contains(t) && !c.facts().role(t).isBean() && found.add(t)) {
                c.facts().references(t).forEach(work::push);
            }
        }
        return found;
    }
}
