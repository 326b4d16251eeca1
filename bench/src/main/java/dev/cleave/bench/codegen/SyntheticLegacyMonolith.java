package dev.cleave.bench.codegen;

import static dev.cleave.bench.codegen.SyntheticSpringMonolith.CAPABILITIES;
import static dev.cleave.bench.codegen.SyntheticSpringMonolith.EXTRA_FIELDS;
import static dev.cleave.bench.codegen.SyntheticSpringMonolith.NOUNS;
import static dev.cleave.bench.codegen.SyntheticSpringMonolith.capital;

import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Writes a synthetic pre-Boot web application of about a chosen number of lines of Java, and the plan that splits it
 * by module, for the code generation benchmark of legacy monoliths: a Maven WAR ({@code javax.servlet} provided,
 * Spring 5.3 XML, JSTL, H2; no Spring Boot) whose {@code WEB-INF/web.xml} names the in-memory H2 database in context
 * parameters ({@code app.jdbc.url}, user and password), a listener that makes the DataSource from them (and the schema
 * when {@code app.initDatabase} is true), Spring's {@code ContextLoaderListener} on {@code WEB-INF/applicationContext.xml}
 * (one service bean per entity, named by class and made with the DataSource), a login filter, and one servlet per use
 * case with its mapping. Per entity: a serializable bean, a plain JDBC DAO made with {@code new XDao(dataSource)} (a
 * final DataSource field, methods taking and returning beans), a service bean, servlets to list, view, edit and
 * close, and three JSPs under {@code WEB-INF/jsp}; per module a home servlet and page. Services and the view servlets
 * also read entities of 0–2 earlier modules through those modules' DAOs (so that the generator writes clients and
 * facades); modules only read modules written before them.
 *
 * <p>Modules of {@code entitiesPerModule} entities are added until the Java sources reach {@code targetLines}
 * physical lines; the plan has one service per module (the first also has the login and logout servlets) and shares
 * the common package. The output depends on the spec only (seeded), never on the machine or the time. The sources are
 * meant to compile against the pom's dependencies, but nothing here builds them.
 */
public final class SyntheticLegacyMonolith {
    static final String BASE = "com.acme.legacy";
    static final String COMMON = BASE + ".common";
    /** Entities per module by default: about ten modules at 100,000 lines. */
    public static final int DEFAULT_ENTITIES = 17;

    /**
     * @param targetLines       modules are added until the Java sources have at least this many lines
     * @param entitiesPerModule entities (each with bean, DAO, service, four servlets, three JSPs) per module
     * @param seed              drives column choice and the reads of earlier modules
     */
    public record Spec(long targetLines, int entitiesPerModule, long seed) {
        public Spec {
            if (entitiesPerModule < 2) {
                throw new IllegalArgumentException("at least 2 entities per module");
            }
        }

        public static Spec of(long targetLines) {
            return new Spec(targetLines, DEFAULT_ENTITIES, 1);
        }
    }

    /**
     * What was written.
     *
     * @param plan      one service per module, the common classes shared
     * @param modules   modules (planned services)
     * @param entities  entities over all modules
     * @param servlets  servlets declared in {@code web.xml}
     * @param javaFiles {@code .java} files under {@code src/main/java}
     * @param javaLines their lines ({@code String.lines()}: a last line without terminator counts once)
     * @param jspFiles  JSPs and JSP fragments under {@code src/main/webapp}
     */
    public record Written(Plan plan, int modules, int entities, int servlets, int javaFiles, long javaLines,
                          int jspFiles) {
    }

    private final Spec spec;
    private final Path root;
    private final SplittableRandom random;
    private int files;
    private long lines;
    private int pages;

    private SyntheticLegacyMonolith(Spec spec, Path root) {
        this.spec = spec;
        this.root = root;
        this.random = new SplittableRandom(spec.seed());
    }

    /**
     * Writes the project into {@code root} (which must not hold an earlier project: files are overwritten, never
     * deleted) and the plan to {@code root/plan.json}.
     */
    public static Written write(Spec spec, Path root) {
        return new SyntheticLegacyMonolith(spec, root).write();
    }

    private Written write() {
        file("pom.xml", LegacyWeb.pom(), false);
        List<String> shared = new ArrayList<>();
        LegacyCommon.sources().forEach((type, text) -> {
            file(path(type), text, true);
            if (!LegacyCommon.LOGIN.contains(type)) {
                shared.add(type);
            }
        });
        Map<String, List<LegacyEntity>> modules = new LinkedHashMap<>();
        List<Service> services = new ArrayList<>();
        for (int m = 0; lines < spec.targetLines(); m++) {
            String module = moduleName(m);
            List<String> names = names(m);
            List<LegacyEntity> entities = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                entities.add(entity(module, names, i, modules));
            }
            TreeSet<String> classes = new TreeSet<>(m == 0 ? LegacyCommon.LOGIN : List.of());
            entities.forEach(e -> classes.addAll(writeEntity(e)));
            String home = BASE + "." + module + ".web." + capital(module) + "HomeServlet";
            file(path(home), LegacyJava.homeServlet(module, entities), true);
            page("WEB-INF/jsp/" + module + "/home.jsp", LegacyWeb.homeJsp(module, entities));
            classes.add(home);
            modules.put(module, entities);
            services.add(Service.of(module, List.copyOf(classes))
                    .withTables(entities.stream().map(LegacyEntity::table).toList()));
        }
        file("src/main/webapp/WEB-INF/web.xml", LegacyWeb.webXml(modules), false);
        file("src/main/webapp/WEB-INF/applicationContext.xml", LegacyWeb.applicationContext(modules), false);
        file("src/main/resources/sql/schema.sql", LegacyWeb.schema(modules), false);
        LegacyWeb.commonPages(moduleName(0), List.copyOf(modules.keySet())).forEach(this::page);
        Plan plan = Plan.of(services, shared.stream().sorted().toList());
        PlanJson.write(plan, root.resolve("plan.json"));
        int entities = modules.values().stream().mapToInt(List::size).sum();
        return new Written(plan, modules.size(), entities, 2 + modules.size() + 4 * entities, files, lines, pages);
    }

    /** One entity: a seeded choice of optional columns, and of 0–2 entities of earlier modules its service reads. */
    private LegacyEntity entity(String module, List<String> names, int i, Map<String, List<LegacyEntity>> earlier) {
        List<String[]> extra = new ArrayList<>();
        for (String[] f : EXTRA_FIELDS) {
            if (random.nextInt(4) == 0) {
                extra.add(f);
            }
        }
        List<LegacyEntity.Ref> remote = new ArrayList<>();
        if (!earlier.isEmpty()) {
            List<String> modules = List.copyOf(earlier.keySet());
            int n = random.nextInt(3);
            for (int k = 0; k < n; k++) {
                String other = modules.get(random.nextInt(modules.size()));
                List<LegacyEntity> theirs = earlier.get(other);
                LegacyEntity.Ref pick = new LegacyEntity.Ref(other, theirs.get(random.nextInt(theirs.size())).name());
                if (!remote.contains(pick)) {
                    remote.add(pick);
                }
            }
        }
        return new LegacyEntity(module, names.get(i), extra, i > 0 ? names.get(i - 1) : null,
                i + 1 < names.size() ? names.get(i + 1) : null, remote);
    }

    /** Writes the entity's classes and pages; returns the classes' names. */
    private List<String> writeEntity(LegacyEntity e) {
        List<String> classes = e.classes();
        List<String> sources = List.of(LegacyJava.bean(e), LegacyJava.dao(e), LegacyJava.service(e),
                LegacyJava.listServlet(e), LegacyJava.viewServlet(e), LegacyJava.editServlet(e),
                LegacyJava.closeServlet(e));
        for (int i = 0; i < classes.size(); i++) {
            file(path(classes.get(i)), sources.get(i), true);
        }
        page("WEB-INF/jsp/" + e.views() + "/list.jsp", LegacyWeb.listJsp(e));
        page("WEB-INF/jsp/" + e.views() + "/view.jsp", LegacyWeb.viewJsp(e));
        page("WEB-INF/jsp/" + e.views() + "/form.jsp", LegacyWeb.formJsp(e));
        return classes;
    }

    private static String moduleName(int m) {
        return m < CAPABILITIES.length ? CAPABILITIES[m] : CAPABILITIES[m % CAPABILITIES.length]
                + (m / CAPABILITIES.length + 1);
    }

    /** The entities' names, as the synthetic Spring monolith names its capabilities' entities. */
    private List<String> names(int m) {
        String module = moduleName(m);
        List<String> names = new ArrayList<>();
        for (int e = 0; e < spec.entitiesPerModule(); e++) {
            names.add(capital(module.replaceAll("[0-9]", "")) + (m >= CAPABILITIES.length
                    ? Integer.toString(m / CAPABILITIES.length + 1) : "") + NOUNS[e % NOUNS.length]
                    + (e >= NOUNS.length ? Integer.toString(e / NOUNS.length + 1) : ""));
        }
        return names;
    }

    private void page(String relative, String text) {
        file("src/main/webapp/" + relative, text, false);
        if (relative.endsWith(".jsp") || relative.endsWith(".jspf")) {
            pages++;
        }
    }

    private void file(String relative, String text, boolean javaSource) {
        Path target = root.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        if (javaSource) {
            files++;
            lines += text.lines().count();
        }
    }

    private static String path(String type) {
        return "src/main/java/" + type.replace('.', '/') + ".java";
    }
}
