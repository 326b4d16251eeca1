package dev.cleave.codegen.internal.source;

import dev.cleave.codegen.GenerationException;
import java.util.List;

/**
 * How the monolith reaches its database, read from its own settings and build, so that the generated system sets up
 * and reaches the same database the same way.
 *
 * <p>An in-memory database of an embedded engine (H2, HyperSQL), named in {@code spring.datasource.url}
 * ({@code jdbc:h2:mem:shop}, {@code jdbc:hsqldb:mem:petclinic}) or created by Spring Boot itself because the engine
 * is a dependency and no URL is set (Boot's embedded datasource), is served to all services by the generated
 * {@code database} module. Boot's embedded defaults apply when the monolith sets nothing: database {@code testdb}
 * (or {@code spring.datasource.name}), user {@code sa}, empty password.
 *
 * @param embedded the engine of the in-memory database the database module serves; null when the monolith uses
 *                 another database
 * @param name     name of that in-memory database; null when {@code embedded} is
 * @param implicit whether Boot created the embedded database (no {@code spring.datasource.url})
 * @param username the user the monolith connects as (Boot's {@code sa} for an embedded database without one); null
 *                 when the monolith sets none for a server database
 * @param password the password ({@code ""} for an embedded database without one); null when not set
 * @param migrations the migration tools the monolith runs at start ({@code flyway}, {@code liquibase}), sorted
 * @param url      the monolith's {@code spring.datasource.url} as written (placeholders included); null when unset
 * @param file     the database file the monolith opens in its own process ({@code jdbc:h2:file:./data/shop},
 *                 {@code jdbc:hsqldb:file:db/shop}), which the database module opens instead and serves; null for an
 *                 in-memory database or another database
 * @param jndi     the data source the monolith looked up in JNDI ({@code spring.datasource.jndi-name}), whose URL and
 *                 user are then {@code url}, {@code username} and {@code password}; null when it set its datasource
 *                 itself
 */
public record DataSetup(EmbeddedDatabase embedded, String name, boolean implicit, String username, String password,
                        List<String> migrations, String url, EmbeddedDatabase.DatabaseFile file,
                        JndiResources.DataSourceResource jndi) {

    /** A database in memory, or not of an embedded engine, named in the monolith's settings. */
    public DataSetup(EmbeddedDatabase embedded, String name, boolean implicit, String username, String password,
                     List<String> migrations, String url) {
        this(embedded, name, implicit, username, password, migrations, url, null, null);
    }

    /** The data set-up of a monolith that declares no JNDI data sources. */
    public static DataSetup of(MonolithSettings settings, MonolithBuild build) {
        return of(settings, build, java.util.Map.of());
    }

    /**
     * @param resources the JNDI data sources the monolith declares for its container ({@link JndiResources#read})
     * @throws GenerationException when the monolith looks its datasource up in JNDI and does not declare it
     */
    public static DataSetup of(MonolithSettings settings, MonolithBuild build,
                               java.util.Map<String, JndiResources.DataSourceResource> resources) {
        String jndiName = settings.resolved("spring.datasource.jndi-name");
        if (jndiName != null && !jndiName.isBlank()) {
            JndiResources.DataSourceResource jndi = JndiResources.lookup(resources, jndiName);
            if (jndi == null) {
                throw new GenerationException("the monolith looks its datasource up in JNDI (spring.datasource"
                        + ".jndi-name=" + jndiName + ") and declares no such data source in "
                        + JndiResources.CONTEXT_XML + (resources.isEmpty() ? "" : " (it declares "
                        + String.join(", ", resources.keySet()) + ")") + "; the generated services run an embedded"
                        + " server without JNDI: set spring.datasource.url, username and password to the database"
                        + " the application server gives it (in application.properties or a profile's file) and"
                        + " generate again");
            }
            DataSetup found = from(settings, build, jndi.url(), jndi.url(), jndi.username(), jndi.password());
            return new DataSetup(found.embedded, found.name, false, found.username, found.password, found.migrations,
                    found.url, found.file, jndi);
        }
        return from(settings, build, settings.value("spring.datasource.url"),
                settings.resolved("spring.datasource.url"), settings.value("spring.datasource.username"),
                settings.value("spring.datasource.password"));
    }

    /**
     * The data set-up of a servlet web application that names its database in a context parameter
     * ({@link LegacyData}): the same rules as for {@code spring.datasource.url}.
     */
    public static DataSetup ofUrl(String url, String username, String password, MonolithBuild build) {
        return from(null, build, url, url, username, password);
    }

    private static DataSetup from(MonolithSettings settings, MonolithBuild build, String url, String resolvedUrl,
                                  String username, String password) {
        List<String> migrations = java.util.stream.Stream.of("flyway", "liquibase")
                .filter(build::hasDependencyLike).toList();
        EmbeddedDatabase onClasspath = EmbeddedDatabase.onClasspath(build);
        // Boot's embedded Derby only when no URL is written at all (one from an environment variable is a server's)
        boolean derbyInMemory = url == null || url.isBlank()
                ? onClasspath == null && build.hasDependency("org.apache.derby", "derby")
                : resolvedUrl != null && resolvedUrl.startsWith("jdbc:derby:memory:");
        if (derbyInMemory) {
            throw new GenerationException("the monolith keeps its data in an in-memory Derby database, which every"
                    + " service would get a copy of its own of; Cleave serves in-memory H2 and HyperSQL databases to"
                    + " all services, and any database with its own server: point spring.datasource.url at one (for"
                    + " example jdbc:h2:mem:app with H2 in the build) and generate again");
        }
        if ((url == null || url.isBlank()) && onClasspath != null) {
            String name = settings.value("spring.datasource.name");
            return new DataSetup(onClasspath, name == null || name.isBlank() ? "testdb" : name, true,
                    orDefault(username, "sa"), orDefault(password, ""), migrations, null);
        }
        EmbeddedDatabase inMemory = EmbeddedDatabase.inMemory(resolvedUrl);
        if (inMemory != null) {
            return new DataSetup(inMemory, inMemory.nameIn(resolvedUrl), false, orDefault(username, "sa"),
                    orDefault(password, ""), migrations, url);
        }
        EmbeddedDatabase.DatabaseFile file = EmbeddedDatabase.inFile(resolvedUrl);
        if (file != null) {
            // the user the monolith opens the file as (none: the engine's default), who owns it once created
            return new DataSetup(file.engine(), file.name(), false, username, password, migrations, url, file, null);
        }
        return new DataSetup(null, null, false, username, password, migrations, url);
    }

    /**
     * Whether the monolith names a database with a server of its own (PostgreSQL, MySQL, a server H2...):
     * the generated system then sets it up once with a set-up program, and every service connects to it.
     */
    public boolean server() {
        return embedded == null && url != null && !url.isBlank();
    }

    /**
     * The database, when its transactions cannot read each other's uncommitted rows: PostgreSQL and Oracle, and
     * HyperSQL, which the database module serves with multi-version concurrency (its default table locks would make
     * a service wait for the table its caller wrote, until the caller gives up); empty for the others (H2, MySQL,
     * SQL Server... read uncommitted rows when asked to).
     */
    public java.util.Optional<String> withoutDirtyReads() {
        if (embedded == EmbeddedDatabase.HSQLDB) {
            return java.util.Optional.of("hsqldb");
        }
        String jdbc = url == null ? "" : url;
        return java.util.stream.Stream.of("postgresql", "oracle", "hsqldb")
                .filter(db -> jdbc.contains("jdbc:" + db + ":")).findFirst();
    }

    /** The URL the database module serves the in-memory database under (Boot's own for an implicit one). */
    public String moduleUrl() {
        return embedded.memoryUrl(name);
    }

    /** The value of {@code key} in a properties text, or null ({@code key=value} and {@code key: value} lines). */
    public static String value(String properties, String key) {
        String found = null;
        for (String line : properties.lines().toList()) {
            String l = line.strip();
            if (l.startsWith("#") || l.startsWith("!")) {
                continue;
            }
            int sep = separator(l);
            if (sep > 0 && l.substring(0, sep).strip().equals(key)) {
                found = l.substring(sep + 1).strip();
            }
        }
        return found;
    }

    private static int separator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
