package dev.cleave.codegen.internal.emit;

import dev.cleave.codegen.internal.source.Role;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shared database of the first migration step. A monolith on an in-memory H2 database gets a {@code database}
 * module: one H2 server (TCP) that creates the schema from all entities and loads the seed data once; every
 * service connects to it. A monolith on another database keeps its datasource, shared by all services.
 */
final class Database {
    static final String DIR = "database";

    private Database() {
    }

    static void serviceSettings(Context c, List<String[]> settings) {
        if (c.h2Database() != null) {
            settings.add(new String[] {"spring.datasource.url", "jdbc:h2:tcp://localhost:"
                    + c.options().databasePort() + "/mem:" + c.h2Database()});
        }
        settings.add(new String[] {"spring.jpa.hibernate.ddl-auto", "none"});
        settings.add(new String[] {"spring.sql.init.mode", "never"});
        settings.add(new String[] {"spring.jpa.defer-datasource-initialization", "false"});
    }

    static void emit(Context c, OutputTree out) {
        if (c.h2Database() == null) {
            return;
        }
        List<String> deps = new ArrayList<>(SharedModule.dependencies(c));
        deps.removeIf(d -> d.contains("<artifactId>h2</artifactId>"));
        deps.add(c.poms().dependency("com.h2database", "h2", null));
        out.text(DIR + "/pom.xml", c.poms().application(DIR, c.project() + "-database", "The database all services"
                + " of " + c.project() + " share (H2 server, schema and seed data)", deps,
                "dev.cleave.database.DatabaseApplication", null));
        entityClosure(c).forEach(t -> out.put(c.javaPath(DIR, t), c.source(t)));
        out.text(DIR + "/src/main/java/dev/cleave/database/DatabaseApplication.java",
                DatabaseSources.application(rootPackage(c)));
        for (String seed : List.of("data.sql", "schema.sql")) {
            if (java.nio.file.Files.isRegularFile(c.resources().resolve(seed))) {
                out.put(DIR + "/src/main/resources/" + seed, Resources.read(c.resources().resolve(seed)));
            }
        }
        out.text(DIR + "/src/main/resources/application.properties", properties(c));
    }

    private static String properties(Context c) {
        List<String[]> settings = new ArrayList<>();
        settings.add(new String[] {"spring.application.name", "database"});
        settings.add(new String[] {"server.port", Integer.toString(c.databaseHttpPort())});
        settings.add(new String[] {"cleave.database.tcp-port", Integer.toString(c.options().databasePort())});
        settings.add(new String[] {"cleave.database.table-owners", tableOwners(c)});
        settings.add(new String[] {"spring.jpa.hibernate.ddl-auto", "create"});
        settings.add(new String[] {"management.endpoints.web.exposure.include", "health"});
        return AppProperties.of(c.monolithProperties(), "the shared database", AppProperties.settings(settings));
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
            if (!c.shared().contains(t) && c.facts().role(t) != Role.BEAN && found.add(t)) {
                c.facts().references(t).forEach(work::push);
            }
        }
        return found;
    }

    private static String rootPackage(Context c) {
        String root = null;
        for (String t : c.facts().monolith().types().keySet()) {
            String pkg = t.contains(".") ? t.substring(0, t.lastIndexOf('.')) : "";
            root = root == null ? pkg : common(root, pkg);
        }
        return root == null ? "" : root;
    }

    private static String common(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(x.length, y.length) && x[i].equals(y[i]); i++) {
            s.append(i == 0 ? "" : ".").append(x[i]);
        }
        return s.toString();
    }
}
