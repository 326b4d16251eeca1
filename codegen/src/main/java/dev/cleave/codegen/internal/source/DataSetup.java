package dev.cleave.codegen.internal.source;

import java.util.List;

/**
 * How the monolith reaches its database, read from its own settings and build, so that the generated system sets up
 * and reaches the same database the same way.
 *
 * <p>An in-memory H2 database, named in {@code spring.datasource.url} ({@code jdbc:h2:mem:shop}) or created by
 * Spring Boot itself because H2 is a dependency and no URL is set (Boot's embedded datasource), is served to all
 * services by the generated {@code database} module. Boot's embedded defaults apply when the monolith sets nothing:
 * database {@code testdb} (or {@code spring.datasource.name}), user {@code sa}, empty password.
 *
 * @param h2Name   name of the in-memory H2 database; null when the monolith uses another database
 * @param implicit whether Boot created the embedded database (no {@code spring.datasource.url})
 * @param username the user the monolith connects as (Boot's {@code sa} for an embedded H2 without one); null when
 *                 the monolith sets none for a server database
 * @param password the password ({@code ""} for an embedded H2 without one); null when not set
 * @param migrations the migration tools the monolith runs at start ({@code flyway}, {@code liquibase}), sorted
 * @param url      the monolith's {@code spring.datasource.url} as written (placeholders included); null when unset
 */
public record DataSetup(String h2Name, boolean implicit, String username, String password, List<String> migrations,
                        String url) {
    private static final String H2_MEM = "jdbc:h2:mem:";

    public static DataSetup of(MonolithSettings settings, MonolithBuild build) {
        String url = settings.value("spring.datasource.url");
        String username = settings.value("spring.datasource.username");
        String password = settings.value("spring.datasource.password");
        List<String> migrations = java.util.stream.Stream.of("flyway", "liquibase")
                .filter(build::hasDependencyLike).toList();
        boolean h2 = build.hasDependency("com.h2database", "h2");
        if (url == null && h2) {
            String name = settings.value("spring.datasource.name");
            return new DataSetup(name == null || name.isBlank() ? "testdb" : name, true, orDefault(username, "sa"),
                    orDefault(password, ""), migrations, null);
        }
        if (url != null && url.startsWith(H2_MEM)) {
            String rest = url.substring(H2_MEM.length());
            int end = rest.indexOf(';');
            return new DataSetup((end < 0 ? rest : rest.substring(0, end)).trim(), false, orDefault(username, "sa"),
                    orDefault(password, ""), migrations, url);
        }
        return new DataSetup(null, false, username, password, migrations, url);
    }

    /**
     * Whether the monolith names a database of its own that outlives it (PostgreSQL, MySQL, a file or server H2...):
     * the generated system then sets it up once with a set-up program, and every service connects to it.
     */
    public boolean server() {
        return h2Name == null && url != null && !url.isBlank();
    }

    /** The URL the database module serves the in-memory database under (Boot's own for an implicit one). */
    public String moduleUrl() {
        return H2_MEM + h2Name + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
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
