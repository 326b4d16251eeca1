package dev.cleave.codegen.internal.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The JNDI data sources a web application declares for its container, read from the monolith's own files: Tomcat's
 * {@code META-INF/context.xml} of the webapp ({@code <Resource name="jdbc/shop" type="javax.sql.DataSource"
 * url="..." username="..." password="..."/>}). A monolith that looks its datasource up in JNDI
 * ({@code spring.datasource.jndi-name}) gets no such lookup in the generated services, which run an embedded server
 * without a naming context: they connect with the resource's own URL and user instead.
 */
public final class JndiResources {
    /** Where a webapp keeps its Tomcat context, relative to the monolith's root. */
    static final String CONTEXT_XML = "src/main/webapp/META-INF/context.xml";

    private JndiResources() {
    }

    /**
     * A data source the container gives the application.
     *
     * @param name     its JNDI name as declared ({@code jdbc/shop})
     * @param url      the JDBC URL
     * @param username the user, or null
     * @param password the password, or null
     * @param driver   the driver class, or null
     * @param file     the file that declares it, relative to the monolith's root
     */
    public record DataSourceResource(String name, String url, String username, String password, String driver,
                                     String file) {
    }

    /** The data sources of the monolith's {@code context.xml} by JNDI name; empty when it has none. */
    public static Map<String, DataSourceResource> read(Path root) {
        Path file = root.resolve(CONTEXT_XML);
        Map<String, DataSourceResource> found = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return found;
        }
        NodeList resources = parse(file).getElementsByTagName("Resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element r = (Element) resources.item(i);
            String type = attribute(r, "type");
            String url = attribute(r, "url");
            if (url != null && (type == null || type.endsWith(".DataSource"))) {
                found.put(r.getAttribute("name").strip(), new DataSourceResource(r.getAttribute("name").strip(),
                        url, attribute(r, "username"), attribute(r, "password"), attribute(r, "driverClassName"),
                        CONTEXT_XML));
            }
        }
        return found;
    }

    /**
     * The resource a JNDI name looks up: {@code java:comp/env/jdbc/shop} (Spring's full name) and {@code jdbc/shop}
     * (resource-ref style) both find {@code jdbc/shop}; null when none is declared.
     */
    public static DataSourceResource lookup(Map<String, DataSourceResource> resources, String jndiName) {
        String name = jndiName.strip();
        if (name.startsWith("java:comp/env/")) {
            name = name.substring("java:comp/env/".length());
        }
        return resources.get(name);
    }

    /** An attribute's value, or null when absent or blank (Tomcat's attribute names are case-sensitive). */
    private static String attribute(Element element, String name) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            if (attributes.item(i).getNodeName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                String value = attributes.item(i).getNodeValue();
                return value == null || value.isBlank() ? null : value.strip();
            }
        }
        return null;
    }

    private static Element parse(Path file) {
        return DescriptorXml.root(file, "the data sources it declares cannot be read; correct it (Tomcat would not"
                + " start the webapp either)");
    }
}
