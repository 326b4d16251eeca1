package dev.cleave.codegen.internal.source;

import dev.cleave.codegen.GenerationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The bean classes that a servlet application's Spring XML root context names ({@code <bean class="...">} in the files
 * its {@code ContextLoaderListener} loads, and in those they {@code <import>}), checked before anything is written: a
 * class in the monolith's own packages that its sources do not have would make every generated service fail at start,
 * as it made the monolith fail, so generation stops there and names the file, the bean and the fix.
 */
public final class SpringXmlBeans {
    private SpringXmlBeans() {
    }

    /**
     * One {@code <bean>} of a context file.
     *
     * @param file      the file, relative to the monolith's root
     * @param id        its {@code id} (or {@code name}), "" when it has none
     * @param className its {@code class}
     */
    public record Bean(String file, String id, String className) {
    }

    /**
     * Every bean of the root context's files and of each {@code DispatcherServlet}'s own context
     * ({@code contextConfigLocation}, else {@code /WEB-INF/<servlet-name>-servlet.xml}), in file then document order.
     */
    public static List<Bean> of(Path root, WebApp web) {
        List<Bean> beans = new ArrayList<>();
        for (Path file : files(root, web)) {
            String name = root.relativize(file).toString().replace('\\', '/');
            Element top = DescriptorXml.root(file, "the beans of the Spring context it holds cannot be checked;"
                    + " correct it");
            for (Element e : elements(top, "bean")) {
                if (!e.getAttribute("class").isBlank()) {
                    String id = !e.getAttribute("id").isBlank() ? e.getAttribute("id") : e.getAttribute("name");
                    beans.add(new Bean(name, id, e.getAttribute("class").strip()));
                }
            }
        }
        return beans;
    }

    /**
     * The context files: the root context's and each {@code DispatcherServlet}'s ({@code contextConfigLocation}, else
     * {@code /WEB-INF/<servlet-name>-servlet.xml}), then those they {@code <import>}, each once, existing ones only.
     */
    private static List<Path> files(Path root, WebApp web) {
        Deque<Path> work = new ArrayDeque<>();
        List<String> locations = new ArrayList<>(web.springRootContexts());
        for (WebApp.Servlet servlet : web.servlets()) {
            if ("org.springframework.web.servlet.DispatcherServlet".equals(servlet.className())) {
                String own = servlet.initParams().get("contextConfigLocation");
                locations.addAll(own == null ? List.of("/WEB-INF/" + servlet.name() + "-servlet.xml")
                        : List.of(own.strip().split("[,;\\s]+")));
            }
        }
        web.initializers().forEach(i -> locations.addAll(i.xmlLocations()));
        for (String location : locations) {
            Path file = locate(root, null, location);
            if (file != null) {
                work.add(file);
            }
        }
        Set<Path> seen = new LinkedHashSet<>();
        while (!work.isEmpty()) {
            Path file = work.pop();
            if (!Files.isRegularFile(file) || !seen.add(file)) {
                continue;
            }
            Element top = DescriptorXml.root(file, "the Spring context it holds cannot be read; correct it");
            List<Path> imports = new ArrayList<>();
            for (Element e : elements(top, "import")) {
                if (!e.getAttribute("resource").isBlank()) {
                    Path imported = locate(root, file, e.getAttribute("resource").strip());
                    if (imported != null) {
                        imports.add(imported);
                    }
                }
            }
            for (int i = imports.size() - 1; i >= 0; i--) {
                work.push(imports.get(i));
            }
        }
        return new ArrayList<>(seen);
    }

    /**
     * How a Spring XML context opens and sets up the monolith's in-memory database: a data source bean whose URL, user
     * and password are placeholders of the properties file that names the database ({@code ${jdbc.url}}), and the
     * scripts of its {@code <jdbc:initialize-database>}. The generated services set those keys to the shared database
     * (Spring's placeholders read the environment before the file) and do not run the scripts; the database module
     * runs them once.
     *
     * @param url         the in-memory database's JDBC URL in the monolith
     * @param file        the context file that holds the data source, relative to the root
     * @param urlKey      the placeholder key of the URL, null for an {@code <jdbc:embedded-database>}
     * @param userKey     the key of the user, null when the bean names none
     * @param passwordKey the key of the password, null when none
     * @param user        the user the properties file gives, null when none
     * @param password    the password it gives, null when none
     * @param switchKey   the key of the set-up's {@code enabled="${...}"} switch, null when it has none
     * @param scripts     the set-up's script locations, in order, as Spring resources ({@code classpath:sql/x.sql})
     * @param rewritten   context files (their class path location, {@code spring/data-access.xml}) → their text with
     *                    an unswitched set-up turned off ({@code enabled="false"}), for the services
     */
    public record Database(String url, String file, String urlKey, String userKey, String passwordKey, String user,
                           String password, String switchKey, List<String> scripts,
                           java.util.Map<String, String> rewritten) {
    }

    private static final java.util.regex.Pattern PLACEHOLDER =
            java.util.regex.Pattern.compile("\\$\\{([^:}]+)(:[^}]*)?}");

    /**
     * The Spring XML set-up of an in-memory database named in a properties file, when a context of the application
     * hands it to a data source bean through a placeholder; empty otherwise.
     */
    public static java.util.Optional<Database> database(Path root, WebApp web, String propertiesFile, String url) {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.Reader in = new java.io.StringReader(MavenFiltering.of(root).read(root,
                root.resolve(propertiesFile)))) {
            properties.load(in);
        } catch (java.io.IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
        for (String key : new java.util.TreeSet<>(properties.stringPropertyNames())) {
            if (!properties.getProperty(key).strip().startsWith(url)) {
                continue;
            }
            for (Path file : files(root, web)) {
                Element top = DescriptorXml.root(file, "the data source of the Spring context it holds cannot be read;"
                        + " correct it");
                for (Element bean : elements(top, "bean")) {
                    String userKey = null;
                    String passwordKey = null;
                    boolean holds = false;
                    for (String[] property : properties(bean)) {
                        String name = property[0];
                        String placeholder = key(property[1]);
                        if (placeholder == null) {
                            continue;
                        }
                        if (placeholder.equals(key)) {
                            holds = true;
                        } else if (name.equalsIgnoreCase("username") || name.equalsIgnoreCase("user")) {
                            userKey = placeholder;
                        } else if (name.equalsIgnoreCase("password")) {
                            passwordKey = placeholder;
                        }
                    }
                    if (holds) {
                        return java.util.Optional.of(setUp(root, web, url, root.relativize(file).toString()
                                .replace('\\', '/'), key, userKey, passwordKey, properties));
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static Database setUp(Path root, WebApp web, String url, String file, String urlKey, String userKey,
                                  String passwordKey, java.util.Properties properties) {
        MavenFiltering filtering = MavenFiltering.of(root);
        String switchKey = null;
        List<String> scripts = new ArrayList<>();
        java.util.Map<String, String> rewritten = new java.util.TreeMap<>();
        for (Path context : files(root, web)) {
            Element top = DescriptorXml.root(context, "the database set-up of the Spring context it holds cannot be"
                    + " read; correct it");
            boolean unswitched = false;
            for (Element init : elements(top, "initialize-database")) {
                String enabled = init.getAttribute("enabled").strip();
                String placeholder = key(enabled);
                if (enabled.equalsIgnoreCase("false")) {
                    continue;
                }
                if (placeholder != null) {
                    switchKey = placeholder;
                } else {
                    unswitched = true;
                }
                for (Element script : elements(init, "script")) {
                    if (!script.getAttribute("location").isBlank()) {
                        scripts.add(resource(placeholders(script.getAttribute("location").strip(), properties)));
                    }
                }
            }
            String text;
            String own;
            try {
                text = filtering.read(root, context);
                // the services' copy keeps the placeholders their settings point at the shared database, where
                // Maven's filtering of the folder made them literals (the same values, from the same pom)
                java.util.Set<String> keys = new java.util.HashSet<>();
                java.util.stream.Stream.of(urlKey, userKey, passwordKey).filter(java.util.Objects::nonNull)
                        .forEach(keys::add);
                own = filtering.read(root, context, keys);
            } catch (java.io.UncheckedIOException e) {
                throw new GenerationException("cannot read " + context + ": " + e.getMessage());
            }
            if (unswitched) {
                own = own.replaceAll("(<(?:[\\w.-]+:)?initialize-database)\\b([^>]*?)\\s+enabled\\s*=\\s*\"[^\"]*\"", "$1$2")
                        .replaceAll("(<(?:[\\w.-]+:)?initialize-database)\\b", "$1 enabled=\"false\"");
            }
            // a placeholder configurer that reads system properties before its file (system-properties-mode=
            // "OVERRIDE", Spring's legacy configurer) would not see the service's settings: without the attribute it
            // reads Spring's environment, system properties included, before its file
            own = own.replaceAll("(<(?:[\\w.-]+:)?property-placeholder\\b[^>]*?)\\s+system-properties-mode\\s*=\\s*\"OVERRIDE\"",
                    "$1");
            if (!own.equals(text)) {
                rewritten.put(classpathPath(root, context), own);
            }
        }
        return new Database(url, file, urlKey, userKey, passwordKey, userKey == null ? null
                : properties.getProperty(userKey), passwordKey == null ? null : properties.getProperty(passwordKey),
                switchKey, scripts, rewritten);
    }

    /**
     * A bean's property values, name and value: its {@code <property name value>} elements and its {@code p:} namespace
     * attributes ({@code p:url="${jdbc.url}"}; {@code p:x-ref} ones are references, not values).
     */
    private static List<String[]> properties(Element bean) {
        List<String[]> found = new ArrayList<>();
        for (Element property : elements(bean, "property")) {
            found.add(new String[] {property.getAttribute("name"), property.getAttribute("value")});
        }
        org.w3c.dom.NamedNodeMap attributes = bean.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            org.w3c.dom.Node a = attributes.item(i);
            String name = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
            if ("http://www.springframework.org/schema/p".equals(a.getNamespaceURI()) && !name.endsWith("-ref")) {
                found.add(new String[] {name, a.getNodeValue()});
            }
        }
        return found;
    }

    /** {@code ${key}} of the properties file replaced by its value ({@code ${jdbc.initLocation}} of a script). */
    private static String placeholders(String text, java.util.Properties properties) {
        java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = properties.getProperty(m.group(1));
            if (value == null && m.group(2) != null) {
                value = m.group(2).substring(1);
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(out).toString();
    }

    private static final java.util.regex.Pattern EMBEDDED = java.util.regex.Pattern.compile(
            "<((?:[\\w.-]+:)?)embedded-database\\b[^>]*?(?:/>|>.*?</\\1embedded-database\\s*>)",
            java.util.regex.Pattern.DOTALL);

    /**
     * An in-memory database that a Spring XML context makes itself ({@code <jdbc:embedded-database id="dataSource">}
     * with its scripts, HyperSQL or H2, named after its {@code database-name} or id): the database module serves it and
     * runs the scripts; the services' copy of that file has a data source bean of the same id over the shared database
     * in its place. Empty when there is none (or Derby's, which has no server here).
     */
    public static java.util.Optional<Database> embedded(Path root, WebApp web) {
        for (Path context : files(root, web)) {
            Element top = DescriptorXml.root(context, "the embedded database of the Spring context it holds cannot be"
                    + " read; correct it");
            List<Element> found = elements(top, "embedded-database");
            if (found.isEmpty()) {
                continue;
            }
            Element db = found.get(0);
            String type = db.getAttribute("type").isBlank() ? "HSQL" : db.getAttribute("type").strip();
            String id = db.getAttribute("id").strip();
            String name = !db.getAttribute("database-name").isBlank() ? db.getAttribute("database-name").strip()
                    : !id.isEmpty() ? id : "testdb";
            String url = switch (type) {
                case "HSQL" -> "jdbc:hsqldb:mem:" + name;
                case "H2" -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
                default -> null;
            };
            boolean beansByDefault = "http://www.springframework.org/schema/beans".equals(top.getNamespaceURI())
                    && top.getPrefix() == null;
            if (url == null || id.isEmpty() || !beansByDefault || found.size() > 1) {
                return java.util.Optional.empty();
            }
            List<String> scripts = new ArrayList<>();
            for (Element script : elements(db, "script")) {
                if (!script.getAttribute("location").isBlank()) {
                    scripts.add(resource(script.getAttribute("location").strip()));
                }
            }
            String text;
            try {
                text = Files.readString(context);
            } catch (java.io.IOException e) {
                throw new GenerationException("cannot read " + context + ": " + e.getMessage());
            }
            java.util.regex.Matcher m = EMBEDDED.matcher(text);
            if (!m.find()) {
                return java.util.Optional.empty();
            }
            String bean = "<bean id=\"" + id + "\" class=\"org.springframework.jdbc.datasource.DriverManagerDataSource\">"
                    + "<property name=\"url\" value=\"${spring.datasource.url}\"/>"
                    + "<property name=\"username\" value=\"${spring.datasource.username:}\"/>"
                    + "<property name=\"password\" value=\"${spring.datasource.password:}\"/></bean>";
            String rewritten = text.substring(0, m.start()) + bean + text.substring(m.end());
            return java.util.Optional.of(new Database(url, root.relativize(context).toString().replace('\\', '/'),
                    null, null, null, "sa", "", null, scripts, java.util.Map.of(classpathPath(root, context),
                    rewritten)));
        }
        return java.util.Optional.empty();
    }

    /** The class path location of a context file: under {@code src/main/resources}, or the webapp's as served. */
    private static String classpathPath(Path root, Path file) {
        Path resources = root.resolve("src/main/resources");
        if (file.startsWith(resources)) {
            return resources.relativize(file).toString().replace('\\', '/');
        }
        return "META-INF/resources/" + root.resolve(WebApp.WEBAPP).relativize(file).toString().replace('\\', '/');
    }

    /** A script location as a Spring resource every module finds: {@code /WEB-INF/x.sql} is served from the shared jar. */
    private static String resource(String location) {
        if (location.contains(":")) {
            return location;
        }
        return "classpath:META-INF/resources/" + (location.startsWith("/") ? location.substring(1) : location);
    }

    private static String key(String value) {
        java.util.regex.Matcher m = PLACEHOLDER.matcher(value.strip());
        return m.matches() ? m.group(1).strip() : null;
    }

    private static List<Element> elements(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList all = parent.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String local = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
            if (local.equals(localName)) {
                found.add(e);
            }
        }
        return found;
    }

    /**
     * The first context file (relative to the root) that hands the value of {@code key} on through a placeholder
     * ({@code ${key}} or {@code ${key:default}}), or null.
     */
    public static String usingPlaceholder(Path root, WebApp web, String key) {
        for (Path path : files(root, web)) {
            String file = root.relativize(path).toString().replace('\\', '/');
            try {
                String text = Files.readString(path);
                if (text.contains("${" + key + "}") || text.contains("${" + key + ":")) {
                    return file;
                }
            } catch (java.io.IOException e) {
                // unreadable here: read before, so not expected; nothing to name
            }
        }
        return null;
    }

    /**
     * Refuses a context whose bean names a class of the monolith's own packages that its sources lack.
     *
     * @throws GenerationException naming the file, the bean, the class and the fix
     */
    public static void check(Path root, WebApp web, Monolith monolith) {
        Set<String> packages = new java.util.TreeSet<>();
        monolith.types().values().forEach(t -> packages.add(t.packageName()));
        for (Bean bean : of(root, web)) {
            String top = bean.className().contains("$") ? bean.className().substring(0, bean.className().indexOf('$'))
                    : bean.className();
            String pkg = top.contains(".") ? top.substring(0, top.lastIndexOf('.')) : "";
            if (packages.contains(pkg) && monolith.type(top) == null) {
                throw new GenerationException(bean.file() + ": bean " + (bean.id().isEmpty() ? "" : "'" + bean.id()
                        + "' ") + "names class " + bean.className() + ", which is not in the monolith's sources"
                        + " (package " + pkg + " is, this class is not): the monolith's Spring context could not start"
                        + " either. Correct the class name in " + bean.file() + " or add the class, and generate again");
            }
        }
    }

    /**
     * The file a context location names: {@code classpath:x.xml} in {@code src/main/resources}, {@code /WEB-INF/x.xml}
     * in the webapp, a relative one beside the file importing it; null for a pattern or another scheme.
     */
    private static Path locate(Path root, Path from, String location) {
        if (location.contains("*") || location.contains("${")) {
            return null;
        }
        if (location.startsWith("classpath:") || location.startsWith("classpath*:")) {
            String path = location.substring(location.indexOf(':') + 1);
            return root.resolve("src/main/resources").resolve(path.startsWith("/") ? path.substring(1) : path)
                    .normalize();
        }
        if (location.contains(":")) {
            return null;
        }
        if (location.startsWith("/")) {
            return root.resolve(WebApp.WEBAPP).resolve(location.substring(1)).normalize();
        }
        Path base = from == null ? root.resolve(WebApp.WEBAPP) : from.getParent();
        return base.resolve(location).normalize();
    }
}
