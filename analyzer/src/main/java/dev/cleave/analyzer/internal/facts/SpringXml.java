package dev.cleave.analyzer.internal.facts;

import static dev.cleave.analyzer.internal.facts.XmlDocs.children;
import static dev.cleave.analyzer.internal.facts.XmlDocs.descendants;

import dev.cleave.model.EdgeKind;
import dev.cleave.model.EntryPoint;
import dev.cleave.model.Problem;
import dev.cleave.model.Stereotype;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Spring XML bean files (root {@code <beans>} of the Spring beans namespace, or of none for DTD-era files; a CDI
 * {@code beans.xml} is not one). Every {@code <bean class>} is a component (a shared singleton unless scoped
 * prototype or request) and a bean named {@code /path} is a handler of that URL (BeanNameUrlHandlerMapping).
 *
 * <p>Wiring: a bean of a project class depends on each bean it names: {@code ref} attributes, {@code <ref>} and
 * {@code <idref>} (also inside lists, sets and maps, {@code key-ref}/{@code value-ref}), inner beans,
 * {@code p:x-ref}/{@code c:x-ref}, {@code parent}, {@code factory-bean}, {@code depends-on}, lookup and replaced
 * methods, project classes named as values, and beans that the {@code #{...}} expressions of values refer to
 * ({@code value="#{@settings.timeout}"}). A name resolves across all files, ids, names and aliases, else
 * to the class that component scanning ({@code <context:component-scan>}, MyBatis' {@code <mybatis:scan>} or
 * {@code MapperScannerConfigurer}) names that way. A bean of a library class has no wiring of its own but stands
 * for the project classes it obviously names: classes given as values ({@code MapperFactoryBean}'s
 * {@code mapperInterface}, a proxy's interfaces) and its {@code target}. A bean without a class is its parent's
 * class, or stands for its factory bean. Properties set from XML hold dependencies, not state.
 */
final class SpringXml implements DescriptorFacts.Linker {
    static final String BEANS = "http://www.springframework.org/schema/beans";
    private static final String P = "http://www.springframework.org/schema/p";
    private static final String C = "http://www.springframework.org/schema/c";
    private static final String CONTEXT = "http://www.springframework.org/schema/context";
    private static final String UTIL = "http://www.springframework.org/schema/util";
    private static final String MYBATIS = "http://mybatis.org/schema/mybatis-spring";
    private static final Pattern LIST = Pattern.compile("[,;\\s]+");
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+");
    private static final Set<String> TARGET_REFS = Set.of("target", "targetObject");
    private static final Set<String> TARGET_NAMES = Set.of("targetName", "targetBeanName");
    private static final int MAX_CHAIN = 16;

    /** A bean definition, or a named {@code <util:list|set|map>} whose beans it stands for. */
    private record Bean(Element element, String file) {
        String declaredClass() {
            return element.getAttribute("class").trim();
        }

        boolean isCollection() {
            return !element.getLocalName().equals("bean");
        }
    }

    private final DescriptorFacts facts;
    private final Map<String, Bean> byName = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final List<Bean> beans = new ArrayList<>();
    private final List<String> scanPackages = new ArrayList<>();

    SpringXml(DescriptorFacts facts) {
        this.facts = facts;
    }

    /** Whether the root element is a Spring bean file's. */
    static boolean isBeansFile(Element root) {
        String ns = root.getNamespaceURI();
        return root.getLocalName().equals("beans") && (ns == null || ns.equals(BEANS));
    }

    void collect(Descriptors.Doc doc) {
        Element root = doc.root();
        String ns = root.getNamespaceURI();
        for (Element e : descendants(root, "bean")) {
            if (Objects.equals(e.getNamespaceURI(), ns)) {
                bean(new Bean(e, doc.file()));
            }
        }
        for (String kind : List.of("list", "set", "map")) {
            for (Element e : descendants(root, kind)) {
                if (UTIL.equals(e.getNamespaceURI()) && !e.getAttribute("id").isBlank()) {
                    byName.put(e.getAttribute("id").trim(), new Bean(e, doc.file()));
                }
            }
        }
        for (Element alias : descendants(root, "alias")) {
            aliases.put(alias.getAttribute("alias").trim(), alias.getAttribute("name").trim());
        }
        for (Element scan : descendants(root, "component-scan")) {
            scanned(scan, CONTEXT);
        }
        for (Element scan : descendants(root, "scan")) {
            scanned(scan, MYBATIS);
        }
    }

    private void bean(Bean bean) {
        Element e = bean.element();
        beans.add(bean);
        names(e).forEach(name -> byName.put(name, bean));
        String type = bean.declaredClass();
        for (Element property : children(e, "property")) {
            String name = property.getAttribute("name").trim();
            if (name.equals("basePackage") && type.endsWith(".MapperScannerConfigurer")) {
                split(value(property)).forEach(scanPackages::add);
            } else if (name.equals("typeAliasesPackage")) {
                split(value(property)).forEach(facts.myBatisAliasPackages::add);
            }
        }
        if (type.isEmpty()) {
            return;
        }
        facts.stereotype(type, Stereotype.COMPONENT);
        String scope = e.getAttribute("scope");
        if (!scope.equals("prototype") && !scope.equals("request")) {
            facts.singletons.add(type);
        }
        for (String name : names(e)) {
            if (name.startsWith("/")) {
                facts.entryPoint(type, new EntryPoint("*", EntryPointRules.join("", name), "handleRequest"));
            }
        }
        Set<String> injected = facts.injected.computeIfAbsent(type, k -> new HashSet<>());
        children(e, "property").forEach(p -> injected.add(p.getAttribute("name").trim()));
        namespaced(e, P).forEach(a -> injected.add(a.getLocalName().replaceFirst("-ref$", "")));
    }

    private void scanned(Element scan, String namespace) {
        if (namespace.equals(scan.getNamespaceURI())) {
            split(scan.getAttribute("base-package")).forEach(scanPackages::add);
        }
    }

    @Override
    public void link(XmlTypes types, List<DescriptorFacts.Wire> wires, Consumer<Problem> problems) {
        for (Bean bean : beans) {
            String declared = bean.declaredClass();
            if (!declared.isEmpty() && types.missingInProjectPackage(declared)) {
                problems.accept(new Problem(bean.file(), XmlDocs.line(bean.element()), "bean class " + declared
                        + " names no class of the project: its wiring is left out"));
            }
            Optional<String> from = projectClass(bean, types, 0);
            if (from.isEmpty()) {
                continue;
            }
            for (String to : dependencies(bean, types)) {
                wires.add(new DescriptorFacts.Wire(from.get(), to, EdgeKind.FIELD));
            }
        }
    }

    /** The classes the bean depends on, once per mention. */
    private List<String> dependencies(Bean bean, XmlTypes types) {
        List<String> to = new ArrayList<>();
        for (String name : referencedNames(bean.element())) {
            to.addAll(standIns(name, types, 0));
        }
        for (Element inner : innerBeans(bean.element())) {
            to.addAll(standIns(new Bean(inner, bean.file()), types, 0));
        }
        for (String value : values(bean.element())) {
            types.resolve(value).ifPresent(to::add);
        }
        for (String value : rawValues(bean.element())) {
            SpelBeans.inTemplates(value).forEach(name -> to.addAll(spelStandIns(name, types)));
        }
        return to;
    }

    /**
     * The project classes a bean name in a {@code #{...}} value stands for: an XML bean's, else those the sources
     * name so ({@code @Service("x")}, {@code @Bean} methods, default names), else a scanned class's.
     */
    private Set<String> spelStandIns(String name, XmlTypes types) {
        Bean bean = byName(name);
        if (bean != null) {
            return standIns(bean, types, 0);
        }
        Set<String> java = types.javaBeans(canonical(name));
        return java.isEmpty() ? standIns(name, types, 0) : java;
    }

    /** The project classes the XML bean so named stands for; empty when no XML bean has that name. */
    Set<String> beanClasses(String name, XmlTypes types) {
        Bean bean = byName(name);
        return bean == null ? Set.of() : standIns(bean, types, 0);
    }

    /** The project class of a bean: its own, or (without a class) its parent's. */
    private Optional<String> projectClass(Bean bean, XmlTypes types, int depth) {
        String declared = bean.declaredClass();
        if (!declared.isEmpty()) {
            return types.resolve(declared);
        }
        Bean parent = byName(bean.element().getAttribute("parent"));
        return parent == null || bean.isCollection() || depth > MAX_CHAIN ? Optional.empty()
                : projectClass(parent, types, depth + 1);
    }

    /** The project classes a reference to the bean named so depends on. */
    private Set<String> standIns(String name, XmlTypes types, int depth) {
        Bean bean = byName(name);
        if (bean != null) {
            return standIns(bean, types, depth);
        }
        return types.scannedBean(canonical(name), scanPackages).map(Set::of).orElse(Set.of());
    }

    private Set<String> standIns(Bean bean, XmlTypes types, int depth) {
        Set<String> found = new LinkedHashSet<>();
        if (depth > MAX_CHAIN) {
            return found;
        }
        Element e = bean.element();
        if (bean.isCollection()) {
            referencedNames(e).forEach(n -> found.addAll(standIns(n, types, depth + 1)));
            innerBeans(e).forEach(b -> found.addAll(standIns(new Bean(b, bean.file()), types, depth + 1)));
            return found;
        }
        Optional<String> own = projectClass(bean, types, 0);
        if (own.isPresent()) {
            return Set.of(own.get());
        }
        if (bean.declaredClass().isEmpty()) {
            String via = !e.getAttribute("parent").isBlank() ? e.getAttribute("parent") : e.getAttribute("factory-bean");
            return via.isBlank() ? found : standIns(via, types, depth + 1);
        }
        values(e).forEach(v -> types.resolve(v).ifPresent(found::add));
        for (Element property : children(e, "property")) {
            String name = property.getAttribute("name").trim();
            if (TARGET_REFS.contains(name)) {
                referencedNames(property).forEach(n -> found.addAll(standIns(n, types, depth + 1)));
                innerBeans(property).forEach(b -> found.addAll(standIns(new Bean(b, bean.file()), types, depth + 1)));
            } else if (TARGET_NAMES.contains(name)) {
                found.addAll(standIns(value(property), types, depth + 1));
            }
        }
        return found;
    }

    /** Names of the beans an element refers to, outside the inner beans it holds, once per mention. */
    private static List<String> referencedNames(Element bean) {
        List<String> names = new ArrayList<>();
        if (bean.getLocalName().equals("bean")) {
            for (String attr : List.of("parent", "factory-bean", "depends-on")) {
                split(bean.getAttribute(attr)).forEach(names::add);
            }
            for (String ns : List.of(P, C)) {
                namespaced(bean, ns).stream().filter(a -> a.getLocalName().endsWith("-ref"))
                        .forEach(a -> names.add(a.getValue().trim()));
            }
        } else {
            names.addAll(refs(bean));
        }
        within(bean).forEach(e -> names.addAll(refs(e)));
        return names;
    }

    /** The bean names an element of a definition holds in its attributes. */
    private static List<String> refs(Element e) {
        List<String> attrs = switch (e.getLocalName()) {
            case "ref", "idref" -> List.of(firstOf(e, "bean", "local", "parent"));
            case "entry" -> List.of(e.getAttribute("key-ref"), e.getAttribute("value-ref"));
            case "lookup-method" -> List.of(e.getAttribute("bean"));
            case "replaced-method" -> List.of(e.getAttribute("replacer"));
            default -> List.of(e.getAttribute("ref"));
        };
        return attrs.stream().map(String::trim).filter(a -> !a.isEmpty()).toList();
    }

    /** Values (attributes and {@code <value>} texts) that look like class names, outside inner beans. */
    private static List<String> values(Element bean) {
        return rawValues(bean).stream().map(String::trim).filter(v -> CLASS_NAME.matcher(v).matches()).toList();
    }

    /** Values as written: {@code p:}/{@code c:} attributes, {@code value} attributes and {@code <value>} texts. */
    private static List<String> rawValues(Element bean) {
        List<String> values = new ArrayList<>();
        namespaced(bean, P).stream().filter(a -> !a.getLocalName().endsWith("-ref")).forEach(a -> values.add(a.getValue()));
        namespaced(bean, C).stream().filter(a -> !a.getLocalName().endsWith("-ref")).forEach(a -> values.add(a.getValue()));
        for (Element e : within(bean)) {
            values.add(e.getLocalName().equals("value") ? e.getTextContent() : e.getAttribute("value"));
        }
        return values;
    }

    /** Inner beans directly held by the element (not those inside another inner bean). */
    private static List<Element> innerBeans(Element bean) {
        List<Element> inner = new ArrayList<>();
        collect(bean, inner, true);
        return inner;
    }

    /** Descendant elements outside inner beans. */
    private static List<Element> within(Element bean) {
        List<Element> all = new ArrayList<>();
        collect(bean, all, false);
        return all;
    }

    private static void collect(Element parent, List<Element> out, boolean beansOnly) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                boolean bean = e.getLocalName().equals("bean");
                if (bean == beansOnly) {
                    out.add(e);
                }
                if (!bean) {
                    collect(e, out, beansOnly);
                }
            }
        }
    }

    private Bean byName(String name) {
        return name.isBlank() ? null : byName.get(canonical(name));
    }

    private String canonical(String name) {
        String id = name.trim();
        for (int i = 0; i < MAX_CHAIN && aliases.containsKey(id); i++) {
            id = aliases.get(id);
        }
        return id;
    }

    private static String value(Element property) {
        String value = property.getAttribute("value");
        return value.isBlank() ? XmlDocs.childText(property, "value") : value.trim();
    }

    private static String firstOf(Element e, String... attrs) {
        for (String attr : attrs) {
            if (!e.getAttribute(attr).isBlank()) {
                return e.getAttribute(attr);
            }
        }
        return "";
    }

    private static List<Attr> namespaced(Element e, String ns) {
        List<Attr> found = new ArrayList<>();
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attr = (Attr) attributes.item(i);
            if (ns.equals(attr.getNamespaceURI())) {
                found.add(attr);
            }
        }
        return found;
    }

    private static List<String> split(String list) {
        return LIST.splitAsStream(list.trim()).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> names(Element bean) {
        List<String> names = new ArrayList<>();
        if (!bean.getAttribute("id").isBlank()) {
            names.add(bean.getAttribute("id").trim());
        }
        names.addAll(split(bean.getAttribute("name")));
        return names;
    }
}
