package dev.cleave.codegen.internal.source;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java databases a monolith runs inside its own process, in memory, and how the generated database module serves
 * one of them to every service over the network with the same engine: H2's TCP server, HyperSQL's server. Listed in
 * the order Spring Boot picks one when several are on the classpath and no URL is set. (Derby, which Boot also
 * embeds up to 3.x, is refused by {@link DataSetup}: its SQL differs too much to be tried here.)
 */
public enum EmbeddedDatabase {
    H2("jdbc:h2:mem:", List.of("com.h2database:h2")),
    HSQLDB("jdbc:hsqldb:mem:", List.of("org.hsqldb:hsqldb"));

    /**
     * An H2 database file: {@code jdbc:h2:file:<path>} or a bare path ({@code jdbc:h2:./data/shop},
     * {@code jdbc:h2:~/shop}, {@code jdbc:h2:C:/data/shop}); not {@code mem:}, {@code tcp:} or another of H2's
     * protocols and file systems (two or more letters before a colon).
     */
    private static final Pattern H2_FILE = Pattern.compile("(?i)jdbc:h2:(?:file:)?(?![a-z][a-z0-9]+:)([^;]+)(;.*)?");
    /** A HyperSQL database file: {@code jdbc:hsqldb:file:<path>}. */
    private static final Pattern HSQLDB_FILE = Pattern.compile("(?i)jdbc:hsqldb:file:([^;]+)(;.*)?");

    private final String memoryPrefix;
    private final List<String> artifacts;

    EmbeddedDatabase(String memoryPrefix, List<String> artifacts) {
        this.memoryPrefix = memoryPrefix;
        this.artifacts = artifacts;
    }

    /** The engine's artifacts ({@code group:artifact}), its driver first. */
    public List<String> artifacts() {
        return artifacts;
    }

    /** The embedded database Spring Boot creates for a monolith that sets no URL; null when it has none. */
    public static EmbeddedDatabase onClasspath(MonolithBuild build) {
        for (EmbeddedDatabase db : values()) {
            if (db.artifacts.stream().anyMatch(a -> build.hasDependency(a.substring(0, a.indexOf(':')),
                    a.substring(a.indexOf(':') + 1)))) {
                return db;
            }
        }
        return null;
    }

    /** The embedded in-memory database a URL names; null for any other URL. */
    public static EmbeddedDatabase inMemory(String url) {
        if (url == null) {
            return null;
        }
        for (EmbeddedDatabase db : values()) {
            if (url.toLowerCase(Locale.ROOT).startsWith(db.memoryPrefix)) {
                return db;
            }
        }
        return null;
    }

    /**
     * The database file of an embedded engine a URL names ({@code jdbc:h2:file:./data/shop;MODE=MySQL}); null for
     * any other URL. A monolith on such a file opens it inside its own process: only one process can, so the
     * generated database module opens it and serves it to every service, as it serves an in-memory database.
     */
    public static DatabaseFile inFile(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        for (EmbeddedDatabase db : values()) {
            Matcher m = (db == H2 ? H2_FILE : HSQLDB_FILE).matcher(u);
            if (m.matches()) {
                String path = m.group(1).strip().replace('\\', '/');
                while (path.length() > 1 && path.endsWith("/")) {
                    path = path.substring(0, path.length() - 1);
                }
                int slash = path.lastIndexOf('/');
                String folder = slash < 0 ? "." : slash == 0 ? "/" : path.substring(0, slash);
                return new DatabaseFile(db, folder, path.substring(slash + 1), m.group(2) == null ? "" : m.group(2));
            }
        }
        return null;
    }

    /**
     * A database file of an embedded engine, as the monolith's URL names it.
     *
     * @param engine  the engine
     * @param folder  its folder as written ({@code ./data}, {@code ~}, {@code /var/lib/shop}; {@code .} for none)
     * @param name    the database's name in that folder ({@code shop} for {@code shop.mv.db})
     * @param options the URL's settings after the path, with their leading {@code ;} ({@code ;MODE=MySQL}), or ""
     */
    public record DatabaseFile(EmbeddedDatabase engine, String folder, String name, String options) {
    }

    /** The database name in an in-memory URL of this engine ({@code shop} in {@code jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1}). */
    public String nameIn(String url) {
        String rest = url.substring(memoryPrefix.length());
        int end = rest.indexOf(';');
        return (end < 0 ? rest : rest.substring(0, end)).strip();
    }

    /** The in-process URL of the in-memory database, as Spring Boot writes it for an embedded database. */
    public String memoryUrl(String name) {
        return switch (this) {
            case H2 -> memoryPrefix + name + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
            case HSQLDB -> memoryPrefix + name;
        };
    }

    /**
     * The URL a service reaches the database module's database with.
     *
     * @param onDisk whether the module keeps the database in its data folder ({@code CLEAVE_DATABASE_DIR}) rather than
     *               in memory; the servers name it without the in-memory prefix then
     */
    public String networkUrl(String host, int port, String name, boolean onDisk) {
        return switch (this) {
            case H2 -> "jdbc:h2:tcp://" + host + ":" + port + "/" + (onDisk ? "" : "mem:") + name;
            case HSQLDB -> "jdbc:hsqldb:hsql://" + host + ":" + port + "/" + name;
        };
    }

    /**
     * Java expression (in the database module, over a {@code String dir}) of the in-process URL of the database kept
     * in folder {@code dir}.
     */
    public String fileUrlExpression(String name) {
        return switch (this) {
            case H2 -> "\"jdbc:h2:file:\" + dir + \"/" + name + ";DB_CLOSE_ON_EXIT=FALSE\"";
            case HSQLDB -> "\"jdbc:hsqldb:file:\" + dir + \"/" + name + "\"";
        };
    }

    /** The file (or folder) a database kept in the data folder leaves there once created. */
    public String fileMarker(String name) {
        return switch (this) {
            case H2 -> name + ".mv.db";
            case HSQLDB -> name + ".properties";
        };
    }

    /** Name of the engine for people ({@code HyperSQL}). */
    public String title() {
        return switch (this) {
            case H2 -> "H2";
            case HSQLDB -> "HyperSQL";
        };
    }
}
