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
        Deque<Path> work = new ArrayDeque<>();
        List<String> locations = new ArrayList<>(web.springRootContexts());
        for (WebApp.Servlet servlet : web.servlets()) {
            if ("org.springframework.web.servlet.DispatcherServlet".equals(servlet.className())) {
                String own = servlet.initParams().get("contextConfigLocation");
                locations.addAll(own == null ? List.of("/WEB-INF/" + servlet.name() + "-servlet.xml")
                        : List.of(own.strip().split("[,;\\s]+")));
            }
        }
        for (String location : locations) {
            Path file = locate(root, null, location);
            if (file != null) {
                work.add(file);
            }
        }
        Set<Path> seen = new LinkedHashSet<>();
        while (!work.isEmpty()) {
            Path file = work.pop();
            if (!seen.add(file) || !Files.isRegularFile(file)) {
                continue;
            }
            String name = root.relativize(file).toString().replace('\\', '/');
            Element top = DescriptorXml.root(file, "the beans of the Spring context it holds cannot be checked;"
                    + " correct it");
            NodeList all = top.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                String local = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
                if (local.equals("bean") && !e.getAttribute("class").isBlank()) {
                    String id = !e.getAttribute("id").isBlank() ? e.getAttribute("id") : e.getAttribute("name");
                    beans.add(new Bean(name, id, e.getAttribute("class").strip()));
                } else if (local.equals("import") && !e.getAttribute("resource").isBlank()) {
                    Path imported = locate(root, file, e.getAttribute("resource").strip());
                    if (imported != null) {
                        work.add(imported);
                    }
                }
            }
        }
        return beans;
    }

    /**
     * The first context file (relative to the root) that hands the value of {@code key} on through a placeholder
     * ({@code ${key}} or {@code ${key:default}}), or null.
     */
    public static String usingPlaceholder(Path root, WebApp web, String key) {
        java.util.Set<String> files = new java.util.LinkedHashSet<>();
        of(root, web).forEach(b -> files.add(b.file()));
        for (String file : files) {
            try {
                String text = Files.readString(root.resolve(file));
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
