package dev.cleave.codegen.internal.emit;

import dev.cleave.codegen.GenerationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The monolith's compile and runtime dependencies, read from its pom.xml, as pom fragments in declared order. */
public final class Dependencies {
    private Dependencies() {
    }

    public static List<String> of(Path monolithRoot) {
        Path pom = monolithRoot.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            throw new GenerationException("monolith root " + monolithRoot + " has no pom.xml: Cleave generates Maven"
                    + " projects from a Maven monolith; pass the directory that holds its pom.xml");
        }
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
            List<String> deps = new ArrayList<>();
            for (Element dependencies : children(project, "dependencies")) {
                for (Element d : children(dependencies, "dependency")) {
                    String scope = text(d, "scope");
                    if (!"test".equals(scope) && !"provided".equals(scope) && !"system".equals(scope)) {
                        deps.add(fragment(d, scope));
                    }
                }
            }
            return deps;
        } catch (Exception e) {
            throw new GenerationException("cannot read the dependencies of " + pom + ": " + e.getMessage(), e);
        }
    }

    private static String fragment(Element d, String scope) {
        StringBuilder s = new StringBuilder("    <dependency>\n");
        for (String tag : List.of("groupId", "artifactId", "version", "type", "classifier")) {
            String value = text(d, tag);
            if (value != null) {
                s.append("      <").append(tag).append('>').append(value).append("</").append(tag).append(">\n");
            }
        }
        if (scope != null && !"compile".equals(scope)) {
            s.append("      <scope>").append(scope).append("</scope>\n");
        }
        return s.append("    </dependency>\n").toString();
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String tag) {
        for (Element e : children(parent, tag)) {
            Node first = e.getFirstChild();
            return first == null ? "" : first.getTextContent().trim();
        }
        return null;
    }
}
