package dev.cleave.analyzer.internal.facts;

import static dev.cleave.analyzer.internal.facts.XmlDocs.childText;
import static dev.cleave.analyzer.internal.facts.XmlDocs.children;
import static dev.cleave.analyzer.internal.facts.XmlDocs.descendants;

import dev.cleave.model.Stereotype;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * web.xml: servlet classes with their url-patterns (entry points are made in finish, from the handlers each
 * servlet overrides), filters, listeners and the Struts ActionServlet mapping. ejb-jar.xml: session beans (EJB;
 * stateful and singleton ones are single instances) and message-driven beans.
 */
final class WebXml {
    private static final String STRUTS_SERVLET = "org.apache.struts.action.ActionServlet";

    private WebXml() {
    }

    static void read(Element root, DescriptorFacts facts) {
        Map<String, String> classByName = new HashMap<>();
        for (Element servlet : descendants(root, "servlet")) {
            String type = childText(servlet, "servlet-class");
            if (!type.isEmpty()) {
                classByName.put(childText(servlet, "servlet-name"), type);
            }
        }
        for (Element mapping : descendants(root, "servlet-mapping")) {
            String type = classByName.get(childText(mapping, "servlet-name"));
            if (type == null) {
                continue;
            }
            List<String> patterns = new ArrayList<>();
            children(mapping, "url-pattern").forEach(p -> patterns.add(p.getTextContent().trim()));
            if (type.equals(STRUTS_SERVLET)) {
                facts.strutsServletPatterns.addAll(patterns);
            }
            facts.servletPatterns.computeIfAbsent(type, k -> new ArrayList<>()).addAll(patterns);
        }
        for (String type : classByName.values()) {
            facts.stereotype(type, Stereotype.SERVLET);
            facts.singletons.add(type);
        }
        classes(root, "filter", "filter-class", facts, Stereotype.FILTER);
        classes(root, "listener", "listener-class", facts, Stereotype.LISTENER);
    }

    static void readEjbJar(Element root, DescriptorFacts facts) {
        for (Element session : descendants(root, "session")) {
            String type = childText(session, "ejb-class");
            String kind = childText(session, "session-type");
            if (!type.isEmpty()) {
                facts.stereotype(type, Stereotype.EJB);
                if (kind.equals("Stateful") || kind.equals("Singleton")) {
                    facts.singletons.add(type);
                }
            }
        }
        for (Element bean : descendants(root, "message-driven")) {
            String type = childText(bean, "ejb-class");
            if (!type.isEmpty()) {
                facts.stereotype(type, Stereotype.EJB, Stereotype.MESSAGE_LISTENER);
            }
        }
    }

    private static void classes(Element root, String element, String classElement, DescriptorFacts facts,
                                Stereotype role) {
        for (Element e : descendants(root, element)) {
            String type = childText(e, classElement);
            if (!type.isEmpty()) {
                facts.stereotype(type, role);
                facts.singletons.add(type);
            }
        }
    }
}
