package dev.cleave.analyzer.internal.facts;

import static dev.cleave.analyzer.internal.facts.XmlDocs.children;
import static dev.cleave.analyzer.internal.facts.XmlDocs.descendants;

import dev.cleave.model.EntryPoint;
import dev.cleave.model.Stereotype;
import java.util.TreeSet;
import org.w3c.dom.Element;

/**
 * Struts 1 {@code struts-config.xml}: action classes (controllers, shared singletons) with their paths, form
 * beans (DTOs). Struts 2 {@code struts.xml}: action classes with {@code namespace/name.action} and their method.
 */
final class StrutsXml {
    private StrutsXml() {
    }

    static void read(Element root, DescriptorFacts facts) {
        if (root.getLocalName().equals("struts-config")) {
            struts1(root, facts);
        } else {
            struts2(root, facts);
        }
    }

    private static void struts1(Element root, DescriptorFacts facts) {
        for (Element action : descendants(root, "action")) {
            String type = action.getAttribute("type").trim();
            String path = action.getAttribute("path").trim();
            if (!type.isEmpty()) {
                facts.stereotype(type, Stereotype.CONTROLLER);
                facts.singletons.add(type);
                if (!path.isEmpty()) {
                    facts.strutsActions.computeIfAbsent(type, k -> new TreeSet<>()).add(path);
                }
            }
        }
        for (Element form : descendants(root, "form-bean")) {
            String type = form.getAttribute("type").trim();
            if (!type.isEmpty() && !type.startsWith("org.apache.struts.")) {
                facts.stereotype(type, Stereotype.DTO);
            }
        }
    }

    private static void struts2(Element root, DescriptorFacts facts) {
        for (Element pkg : descendants(root, "package")) {
            String namespace = pkg.getAttribute("namespace").trim();
            for (Element action : children(pkg, "action")) {
                String type = action.getAttribute("class").trim();
                String name = action.getAttribute("name").trim();
                if (type.isEmpty() || name.isEmpty()) {
                    continue;
                }
                String method = action.getAttribute("method").trim();
                facts.stereotype(type, Stereotype.CONTROLLER);
                facts.entryPoint(type, new EntryPoint("*", EntryPointRules.join(namespace, name + ".action"),
                        method.isEmpty() ? "execute" : method));
            }
        }
    }
}
