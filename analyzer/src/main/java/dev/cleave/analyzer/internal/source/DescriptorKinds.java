package dev.cleave.analyzer.internal.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Tells descriptor files that carry facts from other XML by their root element, read with StAX (no DTD is
 * loaded, nothing is fetched). Malformed files whose name says they are descriptors are kept, so that the
 * facts extractor reports them.
 */
final class DescriptorKinds {
    /**
     * Root elements: web.xml, ejb-jar.xml, Struts 1/2, Spring beans, MyBatis mappers and configuration, orm.xml,
     * hbm.xml.
     */
    static final Set<String> ROOTS = Set.of("web-app", "web-fragment", "ejb-jar", "struts-config", "struts",
            "beans", "mapper", "configuration", "entity-mappings", "hibernate-mapping");
    /** The elements a MyBatis configuration may open with (a logback.xml is a {@code <configuration>} too). */
    private static final Set<String> MYBATIS_CONFIG = Set.of("properties", "settings", "typeAliases",
            "typeHandlers", "objectFactory", "objectWrapperFactory", "reflectorFactory", "plugins", "environments",
            "databaseIdProvider", "mappers");
    private static final Set<String> NAMES = Set.of("web.xml", "web-fragment.xml", "ejb-jar.xml", "orm.xml",
            "struts-config.xml", "struts.xml");
    private static final long MAX_BYTES = 8L << 20;
    private static final XMLInputFactory FACTORY = newFactory();

    private DescriptorKinds() {
    }

    static boolean carriesFacts(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return false;
            }
            List<String> opening = openingElements(file);
            if (opening.isEmpty()) {
                return isDescriptorName(file);
            }
            return ROOTS.contains(opening.get(0)) && (!opening.get(0).equals("configuration")
                    || opening.size() > 1 && MYBATIS_CONFIG.contains(opening.get(1)));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isDescriptorName(Path file) {
        String name = file.getFileName().toString();
        return NAMES.contains(name) || name.endsWith(".hbm.xml") || name.endsWith("Mapper.xml");
    }

    /**
     * The local names of the root element and of its first child element (when there is one); empty when the file
     * is not well-formed up to the root.
     */
    private static List<String> openingElements(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(in);
            try {
                while (reader.hasNext() && names.size() < 2) {
                    if (reader.next() == XMLStreamReader.START_ELEMENT) {
                        names.add(reader.getLocalName());
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return names;
        }
        return names;
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
