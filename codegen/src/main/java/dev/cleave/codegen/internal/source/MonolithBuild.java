package dev.cleave.codegen.internal.source;

import dev.cleave.codegen.GenerationException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The monolith's Maven build, the template of every generated build: its Spring Boot generation, the properties and
 * dependency management it declares or inherits from parents on disk, its dependencies, build plugins and
 * repositories, each kept as the XML the monolith wrote (exclusions, optional flags and configuration included).
 *
 * <p>When the monolith's parent is {@code spring-boot-starter-parent}, generated builds inherit the same parent.
 * Any other parent (a company or multi-module parent) cannot be assumed to be in a repository the generated system
 * reaches, so its properties and dependency management are inlined and the generated builds inherit
 * {@code spring-boot-starter-parent} of the Boot version the chain names.
 *
 * @param bootVersion       Spring Boot version of the monolith (2.7.x, 3.x, 4.x)
 * @param bootParent        whether the monolith's own parent is {@code spring-boot-starter-parent}
 * @param replacedParent    {@code group:artifact:version} of a non-Boot parent whose content was inlined, or null
 * @param properties        properties of the whole parent chain, the child's winning, in declaration order
 * @param managed           {@code <dependency>} elements of the chain's dependency management, in order
 * @param dependencies      the monolith's {@code <dependency>} elements, test scope left out, in order
 * @param plugins           the monolith's {@code <build><plugins>} elements, in order
 * @param pluginManagement  the monolith's {@code <build><pluginManagement><plugins>} elements, in order
 * @param repositories      {@code <repository>} elements of the chain, in order
 * @param gradleFile        the Gradle build file read as the Maven equivalent ({@link GradleBuild}), null for Maven
 * @param notes             what the reader could not carry over into the generated builds, with the fix
 */
public record MonolithBuild(String bootVersion, boolean bootParent, String replacedParent,
                            Map<String, String> properties, List<Dependency> managed, List<Dependency> dependencies,
                            List<Plugin> plugins, List<String> pluginManagement, List<String> repositories,
                            String gradleFile, List<String> notes) {
    private static final String BOOT_GROUP = "org.springframework.boot";
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    /** The APIs a servlet container provides to the web applications it runs. */
    /** Group ids of what application servers ship (implementations and libraries), declared {@code provided}. */
    private static final List<String> SERVER_GIVEN = List.of("com.fasterxml.jackson", "org.jboss.resteasy",
            "org.glassfish.jersey", "org.hibernate", "org.eclipse.persistence", "org.apache.openjpa", "org.jboss.weld",
            "org.apache.cxf", "org.wildfly", "org.jboss.spec", "org.apache.tomee", "org.apache.openejb",
            "org.glassfish.main", "fish.payara", "org.apache.johnzon", "org.eclipse.yasson", "io.smallrye");

    /** The platform's API in one jar ({@code javaee-api}...), which the server implemented. */
    /** The modules of Spring Framework 5.3/6.x, whose versions Spring Boot manages. */
    static final java.util.Set<String> FRAMEWORK_MODULES = java.util.Set.of("spring-aop", "spring-aspects",
            "spring-beans", "spring-context", "spring-context-indexer", "spring-context-support", "spring-core",
            "spring-expression", "spring-instrument", "spring-jcl", "spring-jdbc", "spring-jms", "spring-messaging",
            "spring-orm", "spring-oxm", "spring-r2dbc", "spring-test", "spring-tx", "spring-web", "spring-webflux",
            "spring-webmvc", "spring-websocket");
    public static final java.util.Set<String> PLATFORM_APIS = java.util.Set.of("javaee-api", "javaee-web-api",
            "jakarta.jakartaee-api", "jakarta.jakartaee-web-api", "jakarta.jakartaee-core-api");

    private static final java.util.Set<String> CONTAINER_APIS = java.util.Set.of("servlet-api", "javax.servlet-api",
            "jakarta.servlet-api", "jsp-api", "javax.servlet.jsp-api", "jakarta.servlet.jsp-api", "el-api",
            "javax.el-api", "jakarta.el-api", "tomcat-servlet-api", "tomcat-jsp-api", "tomcat-el-api");

    /** A dependency: its coordinates (properties resolved) and the XML as the monolith wrote it. */
    public record Dependency(String groupId, String artifactId, String scope, boolean optional, String xml) {
        public boolean is(String group, String artifact) {
            return groupId.equals(group) && artifactId.equals(artifact);
        }
    }

    /** A build plugin: its coordinates and XML. */
    public record Plugin(String groupId, String artifactId, String xml) {
    }

    /** 2, 3 or 4. */
    public int bootMajor() {
        return Integer.parseInt(bootVersion.replaceAll("^(\\d+).*", "$1"));
    }

    /** Whether the Jakarta EE namespace is used ({@code jakarta.*} from Boot 3 on, {@code javax.*} before). */
    public boolean jakarta() {
        return bootMajor() >= 3;
    }

    public boolean hasDependency(String group, String artifact) {
        return dependencies.stream().anyMatch(d -> d.is(group, artifact));
    }

    /** Whether any dependency's artifact id contains {@code text} (e.g. {@code thymeleaf}). */
    public boolean hasDependencyLike(String text) {
        return dependencies.stream().anyMatch(d -> d.artifactId().contains(text));
    }

    /**
     * The Java release of the generated modules: the monolith's ({@code java.version}, else the compiler's release),
     * raised to 17, the oldest release the Cleave runtime and Spring Boot 3+ run on (code written for 8 or 11
     * compiles on 17).
     */
    public String javaVersion() {
        for (String key : List.of("java.version", "maven.compiler.release", "maven.compiler.source")) {
            String value = properties.get(key);
            if (value != null && value.matches("(1\\.)?\\d+")) {
                int release = Integer.parseInt(value.replaceFirst("^1\\.", ""));
                return Integer.toString(Math.max(17, release));
            }
        }
        return "17";
    }

    /**
     * The Spring Boot line that runs a servlet web application of the given namespace in its embedded Tomcat: 3.5
     * (Tomcat 10.1, Servlet 6) for {@code jakarta.servlet}, 2.7 (Tomcat 9, Servlet 4) for {@code javax.servlet}.
     */
    public static String bootForServlets(boolean jakarta) {
        return jakarta ? "3.5.7" : "2.7.18";
    }

    /** Reads {@code root/pom.xml} and the parents it names on disk, else {@code build.gradle(.kts)}. */
    public static MonolithBuild read(Path root) {
        return read(root, null);
    }

    /**
     * As {@link #read(Path)}, for a monolith that may not be built with Spring Boot at all.
     *
     * @param withoutBoot the Boot version the generated modules use when the monolith's build names none (a servlet
     *                    web application, {@link #bootForServlets}); null to refuse such a build
     */
    public static MonolithBuild read(Path root, String withoutBoot) {
        Path pom = root.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            for (String gradle : List.of("build.gradle.kts", "build.gradle")) {
                if (Files.isRegularFile(root.resolve(gradle))) {
                    return GradleBuild.read(root.resolve(gradle), new ArrayList<>());
                }
            }
            throw new GenerationException("monolith root " + root + " has neither pom.xml nor build.gradle(.kts):"
                    + " pass the directory that holds the monolith's build file");
        }
        Element project = parse(pom);
        Element parent = child(project, "parent").orElse(null);
        boolean bootParent = parent != null && BOOT_GROUP.equals(text(parent, "groupId"))
                && "spring-boot-starter-parent".equals(text(parent, "artifactId"));
        Map<String, String> properties = new LinkedHashMap<>();
        List<Element> chain = new ArrayList<>(List.of(project));
        String bootVersion = bootParent ? text(parent, "version") : null;
        String replaced = null;
        Path at = pom;
        Element p = parent;
        while (p != null && !BOOT_GROUP.equals(text(p, "groupId"))) {
            replaced = replaced == null ? text(p, "groupId") + ":" + text(p, "artifactId") + ":" + text(p, "version")
                    : replaced;
            Path file = parentPom(at, p);
            if (file == null) {
                throw new GenerationException("the monolith's parent " + text(p, "groupId") + ":" + text(p, "artifactId")
                        + ":" + text(p, "version") + " is neither on disk (relativePath) nor in the local Maven"
                        + " repository; run 'mvn install' on the parent once, or make the monolith's pom inherit"
                        + " spring-boot-starter-parent");
            }
            Element pe = parse(file);
            chain.add(pe);
            at = file;
            p = child(pe, "parent").orElse(null);
            if (p != null && BOOT_GROUP.equals(text(p, "groupId"))
                    && "spring-boot-starter-parent".equals(text(p, "artifactId"))) {
                bootVersion = text(p, "version");
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            properties.putAll(properties(chain.get(i)));
            // a profile active by default is part of the build the monolith's users run (its database driver and
            // the properties its filtered resources take, as spring-framework-petclinic's H2 profile)
            defaultProfiles(chain.get(i)).forEach(profile -> properties.putAll(properties(profile)));
        }
        properties.put("project.version", Optional.ofNullable(text(project, "version"))
                .orElse(parent == null ? "" : text(parent, "version")));
        List<Dependency> managed = new ArrayList<>();
        List<String> repositories = new ArrayList<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Element e = chain.get(i);
            child(e, "dependencyManagement").flatMap(m -> child(m, "dependencies"))
                    .ifPresent(d -> children(d, "dependency").forEach(x -> managed.add(dependency(x, properties))));
            child(e, "repositories").ifPresent(r -> children(r, "repository").forEach(x -> repositories.add(xml(x))));
        }
        if (bootVersion == null) {
            bootVersion = managed.stream().filter(d -> d.is(BOOT_GROUP, "spring-boot-dependencies"))
                    .map(d -> resolve(text(parse(d.xml()), "version"), properties)).findFirst().orElse(null);
        }
        // a servlet application whose parent chain names a Boot line of the other servlet namespace (a javax WAR under
        // a company parent that imports Boot 3's BOM) never ran on that Boot: it gets the line of its own namespace
        boolean otherNamespace = bootVersion != null && withoutBoot != null && bootVersion.matches("\\d+\\..*")
                && (Integer.parseInt(bootVersion.replaceAll("^(\\d+).*", "$1")) >= 3)
                != (Integer.parseInt(withoutBoot.replaceAll("^(\\d+).*", "$1")) >= 3);
        boolean noBoot = (bootVersion == null || otherNamespace) && withoutBoot != null;
        if (noBoot) {
            bootVersion = withoutBoot;
        }
        if (bootVersion == null || bootVersion.contains("${") || !bootVersion.matches("\\d+\\..*")) {
            throw new GenerationException("cannot tell which Spring Boot version " + pom + " builds with: it neither"
                    + " inherits spring-boot-starter-parent nor imports spring-boot-dependencies with a literal"
                    + " version; Cleave generates services of the monolith's own Boot generation (2.7, 3.x, 4.x)");
        }
        List<Dependency> dependencies = new ArrayList<>();
        List<Element> withDependencies = new ArrayList<>(List.of(project));
        withDependencies.addAll(defaultProfiles(project));
        for (Element e : withDependencies) {
            child(e, "dependencies").ifPresent(d -> children(d, "dependency").forEach(x -> {
                Dependency dep = dependency(x, properties);
                if (!"test".equals(dep.scope()) && dependencies.stream().noneMatch(
                        known -> known.is(dep.groupId(), dep.artifactId()))) {
                    dependencies.add(dep);
                }
            }));
        }
        List<Plugin> plugins = new ArrayList<>();
        List<String> pluginManagement = new ArrayList<>();
        child(project, "build").ifPresent(b -> {
            child(b, "plugins").ifPresent(ps -> children(ps, "plugin").forEach(x -> plugins.add(new Plugin(
                    Optional.ofNullable(text(x, "groupId")).orElse("org.apache.maven.plugins"), text(x, "artifactId"),
                    xml(x)))));
            child(b, "pluginManagement").flatMap(m -> child(m, "plugins"))
                    .ifPresent(ps -> children(ps, "plugin").forEach(x -> pluginManagement.add(xml(x))));
        });
        properties.remove("project.version");
        List<String> notes = new ArrayList<>();
        if (noBoot) {
            // the monolith's version properties were never Boot's, though some share their names (tomcat.version,
            // servlet-api.version...): as Boot's parent reads them, they would change the embedded server. Their
            // values go where the monolith used them, and the properties go.
            // Spring Framework's own modules are Boot's version: the embedded server's Spring and the monolith's
            // would otherwise mix (Spittr's spring-webmvc 5.0 beside Boot 2.7's spring-core 5.3 failed at start)
            dependencies.replaceAll(d -> new Dependency(d.groupId(), d.artifactId(), d.scope(), d.optional(),
                    FRAMEWORK_MODULES.contains(d.artifactId()) && d.groupId().equals("org.springframework")
                            ? d.xml().replaceAll("\\s*<version>[^<]*</version>", "")
                            : resolve(d.xml(), properties)));
            managed.replaceAll(d -> new Dependency(d.groupId(), d.artifactId(), d.scope(), d.optional(),
                    resolve(d.xml(), properties)));
            plugins.replaceAll(x -> new Plugin(x.groupId(), x.artifactId(), resolve(x.xml(), properties)));
            pluginManagement.replaceAll(x -> resolve(x, properties));
            properties.keySet().removeIf(k -> k.endsWith(".version") || k.endsWith("-version")
                    || k.endsWith("Version"));
            // the container gave the application its servlet, JSP and EL APIs; now the embedded Tomcat does, of its own
            // version (an older API jar first on the classpath would hide what the Tomcat has)
            dependencies.removeIf(d -> "provided".equals(d.scope()) && CONTAINER_APIS.contains(d.artifactId()));
            // what an application server gave at run time (its JSON, JAX-RS and JPA implementations, an old Jackson):
            // the services have Spring Boot's own, which that version would otherwise hide (and keep out of the jar)
            List<Dependency> serverGiven = dependencies.stream().filter(d -> "provided".equals(d.scope())
                    && SERVER_GIVEN.stream().anyMatch(g -> d.groupId().equals(g) || d.groupId().startsWith(g + ".")))
                    .toList();
            dependencies.removeAll(serverGiven);
            if (!serverGiven.isEmpty()) {
                notes.add("left out, as the application server gave them and the services have Spring Boot's own: "
                        + String.join(", ", serverGiven.stream().map(d -> d.groupId() + ":" + d.artifactId()).toList()));
            }
            // the chain's Boot BOM of the other namespace would manage every Spring artifact to it; the monolith's own
            // management of Spring Framework (its BOM, a module's version) would undo Boot's
            managed.removeIf(d -> d.is(BOOT_GROUP, "spring-boot-dependencies") || d.groupId().equals("org.springframework")
                    && (d.artifactId().equals("spring-framework-bom") || FRAMEWORK_MODULES.contains(d.artifactId())));
            notes.add("the monolith is not built with Spring Boot: its modules are Spring Boot " + bootVersion
                    + " applications (spring-boot-starter-parent) that run its servlets in an embedded Tomcat");
        }
        return new MonolithBuild(bootVersion, bootParent, bootParent ? null : replaced, properties, managed,
                dependencies, plugins, pluginManagement, repositories, null, notes);
    }

    /** The profiles of a pom that are active by default ({@code <activation><activeByDefault>true}). */
    static List<Element> defaultProfiles(Element project) {
        List<Element> found = new ArrayList<>();
        child(project, "profiles").ifPresent(ps -> children(ps, "profile").forEach(profile -> child(profile,
                "activation").filter(a -> "true".equals(text(a, "activeByDefault"))).ifPresent(a -> found.add(profile))));
        return found;
    }

    private static Path parentPom(Path childPom, Element parent) {
        String relative = text(parent, "relativePath");
        if (relative == null) {
            relative = "../pom.xml";
        }
        if (!relative.isBlank()) {
            Path file = childPom.getParent().resolve(relative).normalize();
            file = Files.isDirectory(file) ? file.resolve("pom.xml") : file;
            if (Files.isRegularFile(file) && matches(parse(file), parent)) {
                return file;
            }
        }
        Path repo = Path.of(System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository"));
        Path file = repo.resolve(text(parent, "groupId").replace('.', '/')).resolve(text(parent, "artifactId"))
                .resolve(text(parent, "version"))
                .resolve(text(parent, "artifactId") + "-" + text(parent, "version") + ".pom");
        return Files.isRegularFile(file) ? file : null;
    }

    private static boolean matches(Element pom, Element parent) {
        String group = Optional.ofNullable(text(pom, "groupId"))
                .orElseGet(() -> child(pom, "parent").map(p -> text(p, "groupId")).orElse(null));
        return text(parent, "artifactId").equals(text(pom, "artifactId")) && text(parent, "groupId").equals(group);
    }

    static Map<String, String> properties(Element project) {
        Map<String, String> found = new LinkedHashMap<>();
        child(project, "properties").ifPresent(ps -> {
            NodeList nodes = ps.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i) instanceof Element e) {
                    found.put(e.getTagName(), e.getTextContent().trim());
                }
            }
        });
        return found;
    }

    private static Dependency dependency(Element d, Map<String, String> properties) {
        return new Dependency(resolve(text(d, "groupId"), properties), resolve(text(d, "artifactId"), properties),
                text(d, "scope"), "true".equals(text(d, "optional")), xml(d));
    }

    /** {@code text} with {@code ${name}} replaced by the properties' values where known. */
    static String resolve(String text, Map<String, String> properties) {
        if (text == null) {
            return null;
        }
        String current = text;
        for (int round = 0; round < 10 && current.contains("${"); round++) {
            Matcher m = PROPERTY.matcher(current);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = properties.get(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
            }
            m.appendTail(out);
            if (out.toString().equals(current)) {
                break;
            }
            current = out.toString();
        }
        return current;
    }

    static Element parse(Path pom) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new GenerationException("cannot read " + pom + ": " + e.getMessage() + "; fix the XML of the pom", e);
        }
    }

    private static Element parse(String xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The element as XML indented by two spaces from column 0: namespace declarations and comments left out. */
    private static String xml(Element e) {
        try {
            Element copy = (Element) e.cloneNode(true);
            strip(copy);
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(copy), new StreamResult(out));
            return out.toString().replace(" xmlns=\"http://maven.apache.org/POM/4.0.0\"", "").strip();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void strip(Node node) {
        NodeList nodes = node.getChildNodes();
        for (int i = nodes.getLength() - 1; i >= 0; i--) {
            Node n = nodes.item(i);
            if (n.getNodeType() == Node.COMMENT_NODE
                    || n.getNodeType() == Node.TEXT_NODE && n.getTextContent().isBlank()) {
                node.removeChild(n);
            } else {
                strip(n);
            }
        }
    }

    static Optional<Element> child(Element parent, String tag) {
        return children(parent, tag).stream().findFirst();
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e);
            }
        }
        return found;
    }

    static String text(Element parent, String tag) {
        return child(parent, tag).map(e -> e.getTextContent().trim()).orElse(null);
    }
}
