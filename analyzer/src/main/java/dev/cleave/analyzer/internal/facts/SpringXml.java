package dev.cleave.analyzer.internal.facts;

import static dev.cleave.analyzer.internal.facts.XmlDocs.children;
import static dev.cleave.analyzer.internal.facts.XmlDocs.descendants;

import dev.cleave.model.EntryPoint;
import dev.cleave.model.Stereotype;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Spring XML bean files: every {@code <bean class>} is a component (a shared singleton unless scoped prototype or
 * request), a bean named {@code /path} is a handler of that URL (BeanNameUrlHandlerMapping), and each property or
 * constructor argument that refers to another bean ({@code ref} attribute, {@code <ref bean>}, an inner bean,
 * {@code p:x-ref}/{@code c:x-ref}) wires the bean's class to the other's. Properties set from XML hold
 * dependencies, not state. Refs resolve across all bean files, ids, names and aliases.
 */
final class SpringXml {
    private static final String P = "http://www.springframework.org/schema/p";
    private static final String C = "http://www.springframework.org/schema/c";

    private final DescriptorFacts facts;
    private final Map<String, String> classByName = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final List<Element> beans = new ArrayList<>();

    SpringXml(DescriptorFacts facts) {
        this.facts = facts;
    }

    void collect(Element root) {
        for (Element bean : descendants(root, "bean")) {
            String type = bean.getAttribute("class").trim();
            if (type.isEmpty()) {
                continue;
            }
            beans.add(bean);
            facts.stereotype(type, Stereotype.COMPONENT);
            String scope = bean.getAttribute("scope");
            if (!scope.equals("prototype") && !scope.equals("request")) {
                facts.singletons.add(type);
            }
            for (String name : names(bean)) {
                classByName.put(name, type);
                if (name.startsWith("/")) {
                    facts.entryPoint(type, new EntryPoint("*", EntryPointRules.join("", name), "handleRequest"));
                }
            }
        }
        for (Element alias : descendants(root, "alias")) {
            aliases.put(alias.getAttribute("alias").trim(), alias.getAttribute("name").trim());
        }
    }

    /** Records the wiring once all files are collected (refs may point into other files). */
    void wire() {
        for (Element bean : beans) {
            String type = bean.getAttribute("class").trim();
            for (Element property : children(bean, "property")) {
                facts.injected.computeIfAbsent(type, k -> new HashSet<>()).add(property.getAttribute("name").trim());
                target(property).ifPresent(to -> facts.wiring.add(new DescriptorFacts.Wire(type, to)));
            }
            for (Element arg : children(bean, "constructor-arg")) {
                target(arg).ifPresent(to -> facts.wiring.add(new DescriptorFacts.Wire(type, to)));
            }
            namespaceRefs(bean, type);
        }
    }

    private void namespaceRefs(Element bean, String type) {
        NamedNodeMap attributes = bean.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attr = (Attr) attributes.item(i);
            String ns = attr.getNamespaceURI();
            if (!P.equals(ns) && !C.equals(ns)) {
                continue;
            }
            String local = attr.getLocalName();
            boolean ref = local.endsWith("-ref");
            String property = ref ? local.substring(0, local.length() - "-ref".length()) : local;
            if (P.equals(ns)) {
                facts.injected.computeIfAbsent(type, k -> new HashSet<>()).add(property);
            }
            if (ref) {
                classOf(attr.getValue()).ifPresent(to -> facts.wiring.add(new DescriptorFacts.Wire(type, to)));
            }
        }
    }

    private Optional<String> target(Element holder) {
        if (!holder.getAttribute("ref").isBlank()) {
            return classOf(holder.getAttribute("ref"));
        }
        for (Element ref : children(holder, "ref")) {
            for (String attr : List.of("bean", "local", "parent")) {
                if (!ref.getAttribute(attr).isBlank()) {
                    return classOf(ref.getAttribute(attr));
                }
            }
        }
        return children(holder, "bean").stream().map(b -> b.getAttribute("class").trim()).filter(c -> !c.isEmpty())
                .findFirst();
    }

    private Optional<String> classOf(String name) {
        String id = name.trim();
        return Optional.ofNullable(classByName.get(aliases.getOrDefault(id, id)));
    }

    private static List<String> names(Element bean) {
        List<String> names = new ArrayList<>();
        if (!bean.getAttribute("id").isBlank()) {
            names.add(bean.getAttribute("id").trim());
        }
        for (String name : bean.getAttribute("name").split("[,;\\s]+")) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        return names;
    }
}
