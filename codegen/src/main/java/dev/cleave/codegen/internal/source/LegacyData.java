package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How a servlet web application reaches and sets up its database, read from its context parameters and its code: the
 * parameter that holds the JDBC URL (with the user and password beside it), and the switches that make a listener
 * create the schema and load data at start-up ({@code payroll.initDatabase=true} guarding
 * {@code runScript(conn, "/sql/schema.sql")}). With a database every service shares, that set-up must run once: the
 * database module runs those listeners with the monolith's parameters, and the services get the switches off.
 *
 * @param urlParam       the context parameter holding the JDBC URL, null when none does
 * @param userParam      the parameter beside it holding the user, null when none
 * @param passwordParam  the parameter beside it holding the password, null when none
 * @param switches       parameter → the value that turns the start-up data set-up off, for the services
 * @param setupListeners the listeners whose start-up sets the database up, in the application's order
 * @param urlSites       when the in-memory database is named outside the context parameters (the code, a properties
 *                       file): the types that hand a JDBC URL to JDBC ({@link JdbcUrlSites}), whose services' copies
 *                       pass it through the runtime's {@code LegacyDatabase.url}; empty otherwise
 * @param memoryName     the in-memory database's name those copies turn into the shared database, null when none
 * @param springXml      when a Spring XML context opens (and sets up) the in-memory database: how
 *                       ({@link SpringXmlBeans.Database}); null otherwise
 */
public record LegacyData(String urlParam, String userParam, String passwordParam, Map<String, String> switches,
                         List<String> setupListeners, java.util.SortedMap<String, List<JdbcUrlSites.Site>> urlSites,
                         String memoryName, SpringXmlBeans.Database springXml) {

    /** The same facts, with the JDBC URL sites of a database named outside the context parameters. */
    public LegacyData withUrlSites(java.util.SortedMap<String, List<JdbcUrlSites.Site>> sites, String name) {
        return new LegacyData(urlParam, userParam, passwordParam, switches, setupListeners, sites, name, springXml);
    }

    /** The same facts, with the Spring XML context that opens the in-memory database. */
    public LegacyData withSpringXml(SpringXmlBeans.Database database) {
        return new LegacyData(urlParam, userParam, passwordParam, switches, setupListeners, urlSites, memoryName,
                database);
    }

    /** Whether the services' copy of {@code type} is rewritten to reach the shared database. */
    public boolean rewrites(String type) {
        return urlSites.containsKey(type);
    }
    private static final Pattern SET_UP_SQL = Pattern.compile(
            "(?is).*\\b(create\\s+(table|sequence|index|schema|view)|insert\\s+into|drop\\s+table)\\b.*");
    private static final int DEPTH = 3;

    private static final Pattern MEMORY_URL = Pattern.compile("jdbc:(h2:mem|hsqldb:mem|derby:memory):[^\\s\"'<;]*");

    /**
     * An in-memory database the application opens by a URL in its code or its own settings files, not in a context
     * parameter (where the services' copies could be pointed at the shared database): file and URL, or empty.
     */
    public static Optional<String[]> memoryUrlOutsideParams(WebApp web, Monolith monolith) {
        for (SourceType t : monolith.types().values()) {
            for (StringLiteralExpr literal : t.declaration().findAll(StringLiteralExpr.class)) {
                java.util.regex.Matcher m = MEMORY_URL.matcher(literal.getValue());
                if (m.find()) {
                    return Optional.of(new String[] {"src/main/java/" + t.relativePath()
                            + literal.getBegin().map(p -> ":" + p.line).orElse(""), m.group()});
                }
            }
        }
        MavenFiltering filtering = MavenFiltering.of(monolith.root());
        List<java.nio.file.Path> settings = new java.util.ArrayList<>();
        for (java.nio.file.Path resources : List.of(monolith.root().resolve("src/main/resources"),
                monolith.root().resolve(WebApp.WEBAPP).resolve("WEB-INF"))) {
            if (!java.nio.file.Files.isDirectory(resources)) {
                continue;
            }
            try (var files = java.nio.file.Files.walk(resources)) {
                files.filter(java.nio.file.Files::isRegularFile).filter(f -> {
                    String name = f.getFileName().toString();
                    return name.endsWith(".properties") || name.endsWith(".xml") || name.endsWith(".yml");
                }).sorted().forEach(settings::add);
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // unreadable folder: nothing found there
            }
        }
        // as written first; then as the build leaves them, a properties file before an XML file: Maven's filtering
        // copies the URL of a property (jdbc.url=${jdbc.url}) into every file naming ${jdbc.url}, the Spring XML too,
        // where the application itself reads the property file's key
        for (int pass = 0; pass < 3; pass++) {
            for (java.nio.file.Path f : settings) {
                boolean xml = f.getFileName().toString().endsWith(".xml");
                if (pass == 1 && xml || pass == 2 && !xml) {
                    continue;
                }
                try {
                    String text = pass == 0 ? java.nio.file.Files.readString(f) : filtering.read(monolith.root(), f);
                    java.util.regex.Matcher m = MEMORY_URL.matcher(text);
                    if (m.find()) {
                        return Optional.of(new String[] {monolith.root().relativize(f).toString(), m.group()});
                    }
                } catch (java.io.IOException | java.io.UncheckedIOException e) {
                    // unreadable as text: not a settings file
                }
            }
        }
        return Optional.empty();
    }

    /** The data facts of a servlet web application. */
    public static LegacyData of(WebApp web, Monolith monolith) {
        String url = web.contextParams().entrySet().stream()
                .filter(e -> e.getValue().strip().toLowerCase(Locale.ROOT).startsWith("jdbc:"))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        String user = null;
        String password = null;
        if (url != null) {
            String prefix = url.replaceFirst("(?i)url$", "");
            user = beside(web, prefix, List.of("user", "username", "userName", "login"));
            password = beside(web, prefix, List.of("password", "pass", "pwd"));
        }
        Map<String, List<MethodDeclaration>> methods = new HashMap<>();
        monolith.types().values().forEach(t -> t.declaration().findAll(MethodDeclaration.class)
                .forEach(m -> methods.computeIfAbsent(m.getNameAsString(), k -> new ArrayList<>()).add(m)));
        TypeHierarchy hierarchy = new TypeHierarchy(monolith.types());
        Map<String, String> switches = new LinkedHashMap<>();
        TreeSet<String> listeners = new TreeSet<>();
        for (Map.Entry<String, String> param : web.contextParams().entrySet()) {
            if (!param.getValue().strip().equalsIgnoreCase("true")) {
                continue;
            }
            for (String listener : web.listeners()) {
                SourceType type = monolith.type(listener);
                if (type != null && guardsDataSetUp(type, param.getKey(), methods, hierarchy)) {
                    switches.put(param.getKey(), "false");
                    listeners.add(listener);
                }
            }
        }
        List<String> ordered = web.listeners().stream().filter(listeners::contains).distinct().toList();
        return new LegacyData(url, user, password, switches, ordered, new java.util.TreeMap<>(), null, null);
    }

    private static String beside(WebApp web, String prefix, List<String> names) {
        for (String name : names) {
            for (String key : web.contextParams().keySet()) {
                if (key.equalsIgnoreCase(prefix + name)) {
                    return key;
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code type} reads context parameter {@code param} in the condition of an {@code if} whose branch sets
     * the database up (runs a {@code .sql} script or DDL, itself or through the methods it calls).
     */
    private static boolean guardsDataSetUp(SourceType type, String param, Map<String, List<MethodDeclaration>> methods,
                                           TypeHierarchy hierarchy) {
        for (MethodCallExpr call : type.declaration().findAll(MethodCallExpr.class)) {
            if (!call.getNameAsString().equals("getInitParameter") || call.getArguments().size() != 1
                    || !Routes.constantStrings(call.getArgument(0), call, hierarchy).contains(param)) {
                continue;
            }
            for (IfStmt guard : guards(call)) {
                if (setsUp(guard.getThenStmt(), methods, 0, new TreeSet<>())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The {@code if} statements whose condition reads the call's value: directly ({@code if ("true".equals(
     * ctx.getInitParameter("x")))}) or through a local variable it initializes ({@code String init = ...;
     * if (Boolean.parseBoolean(init))}).
     */
    private static List<IfStmt> guards(MethodCallExpr call) {
        List<IfStmt> found = new ArrayList<>();
        for (Node n = call.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof IfStmt i && (i.getCondition() == call || i.getCondition().isAncestorOf(call))) {
                found.add(i);
            }
        }
        Ancestors.nearest(call, com.github.javaparser.ast.body.VariableDeclarator.class).ifPresent(v -> Ancestors
                .nearest(v, MethodDeclaration.class).ifPresent(m -> m.findAll(IfStmt.class).stream()
                .filter(i -> i.getCondition().findAll(com.github.javaparser.ast.expr.NameExpr.class).stream()
                        .anyMatch(name -> name.getNameAsString().equals(v.getNameAsString())))
                .forEach(found::add)));
        return found;
    }

    /** Whether {@code code} sets the database up: runs a {@code .sql} script or DDL, itself or through what it calls. */
    static boolean setsUpData(Node code, Map<String, List<MethodDeclaration>> methods) {
        return setsUp(code, methods, 0, new TreeSet<>());
    }

    private static boolean setsUp(Node code, Map<String, List<MethodDeclaration>> methods, int depth,
                                  TreeSet<String> seen) {
        for (StringLiteralExpr s : code.findAll(StringLiteralExpr.class)) {
            String v = s.getValue().strip().toLowerCase(Locale.ROOT);
            if (v.endsWith(".sql") || SET_UP_SQL.matcher(v).matches()) {
                return true;
            }
        }
        if (depth >= DEPTH) {
            return false;
        }
        for (MethodCallExpr call : code.findAll(MethodCallExpr.class)) {
            if (seen.add(call.getNameAsString())) {
                for (MethodDeclaration m : methods.getOrDefault(call.getNameAsString(), List.of())) {
                    if (m.getBody().isPresent() && setsUp(m.getBody().get(), methods, depth + 1, seen)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
