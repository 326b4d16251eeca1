package dev.cleave.analyzer.internal.facts;

import static dev.cleave.analyzer.internal.facts.XmlDocs.children;
import static dev.cleave.analyzer.internal.facts.XmlDocs.descendants;

import static dev.cleave.model.TableAccess.MAPS;
import static dev.cleave.model.TableAccess.WRITES;

import dev.cleave.model.EdgeKind;
import dev.cleave.model.Problem;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * MyBatis mapper XML and configuration. The mapper's namespace names the mapper interface; its
 * {@code select/insert/update/delete} statements give the interface its tables. Dynamic SQL is flattened to text:
 * {@code <where>} and {@code <set>} add their keyword, {@code <trim>} its prefix, {@code <foreach>} its open/close,
 * {@code <include refid>} the {@code <sql>} fragment (same namespace or qualified, across files); {@code <selectKey>}
 * is left out.
 *
 * <p>The interface uses the classes its XML names in {@code resultType}, {@code parameterType}, {@code javaType},
 * {@code ofType}, {@code typeHandler} and the {@code type} of result maps, parameter maps and caches: fully
 * qualified, or by an alias of the configuration's {@code <typeAliases>} ({@code <typeAlias>}, {@code <package>},
 * or a {@code typeAliasesPackage} set in Spring XML; case-insensitive, as MyBatis reads them). The configuration's
 * type handlers, plugins and object factories serve every mapper, so every mapper uses them; classes its
 * {@code <mappers>} list are mappers.
 */
final class MyBatisXml implements DescriptorFacts.Linker {
    private static final List<String> STATEMENTS = List.of("select", "insert", "update", "delete");
    private static final int MAX_INCLUDE_DEPTH = 8;
    /** Children only a MyBatis configuration has (a logback.xml is a {@code <configuration>} too). */
    private static final Set<String> CONFIG_PARTS = Set.of("typeAliases", "typeHandlers", "mappers", "plugins",
            "objectFactory", "environments");
    private static final Set<String> TYPE_ATTRIBUTES = Set.of("resultType", "parameterType", "javaType", "ofType",
            "typeHandler");
    private static final Set<String> TYPED_ELEMENTS = Set.of("resultMap", "parameterMap", "cache");

    /** A statement of a mapper with the tables its SQL uses, in the order it names them. */
    private record Statement(String namespace, Element element, List<SqlTables.Use> tables) {
        boolean writes() {
            return !element.getLocalName().equals("select");
        }
    }

    /** A class the configuration names for every mapper, with where it is named. */
    private record Global(String className, String file, int line) {
    }

    private final DescriptorFacts facts;
    private final List<Descriptors.Doc> mappers = new ArrayList<>();
    private final Map<String, Element> fragments = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final List<String> aliasPackages = new ArrayList<>();
    private final List<Global> globals = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final Map<String, String> resultMapTypes = new HashMap<>();
    private final List<String> globalPackages = new ArrayList<>();

    MyBatisXml(DescriptorFacts facts) {
        this.facts = facts;
    }

    /** Whether a {@code <configuration>} root is MyBatis'. */
    static boolean isConfiguration(Element root) {
        return CONFIG_PARTS.stream().anyMatch(part -> !children(root, part).isEmpty());
    }

    void collect(Descriptors.Doc doc) {
        String ns = doc.root().getAttribute("namespace").trim();
        if (ns.isEmpty()) {
            return;
        }
        mappers.add(doc);
        facts.namespaces.add(new DescriptorFacts.Namespace(ns, doc.file(), XmlDocs.line(doc.root())));
        for (Element sql : children(doc.root(), "sql")) {
            fragments.put(ns + "." + sql.getAttribute("id").trim(), sql);
        }
    }

    void collectConfiguration(Descriptors.Doc doc) {
        Element root = doc.root();
        for (Element alias : descendants(root, "typeAlias")) {
            String type = alias.getAttribute("type").trim();
            String name = alias.getAttribute("alias").isBlank() ? XmlTypes.simpleName(type) : alias.getAttribute("alias");
            aliases.put(name.trim().toLowerCase(Locale.ROOT), type);
        }
        for (Element handlers : children(root, "typeHandlers")) {
            children(handlers, "package").forEach(p -> globalPackages.add(p.getAttribute("name").trim()));
            children(handlers, "typeHandler").forEach(h -> global(h, "handler", doc));
        }
        for (Element aliasList : children(root, "typeAliases")) {
            children(aliasList, "package").forEach(p -> aliasPackages.add(p.getAttribute("name").trim()));
        }
        descendants(root, "plugin").forEach(p -> global(p, "interceptor", doc));
        for (String factory : List.of("objectFactory", "objectWrapperFactory", "reflectorFactory")) {
            children(root, factory).forEach(f -> global(f, "type", doc));
        }
        for (Element mapper : descendants(root, "mapper")) {
            if (!mapper.getAttribute("class").isBlank()) {
                facts.stereotype(mapper.getAttribute("class").trim(), Stereotype.MAPPER);
            }
        }
    }

    private void global(Element e, String attribute, Descriptors.Doc doc) {
        String type = e.getAttribute(attribute).trim();
        if (!type.isEmpty()) {
            globals.add(new Global(type, doc.file(), XmlDocs.line(e)));
        }
    }

    /** Attributes the tables of every statement to its mapper (after all fragments are known). */
    void statements() {
        for (Descriptors.Doc doc : mappers) {
            String ns = doc.root().getAttribute("namespace").trim();
            facts.stereotype(ns, Stereotype.MAPPER);
            for (Element resultMap : children(doc.root(), "resultMap")) {
                resultMapTypes.put(ns + "." + resultMap.getAttribute("id").trim(), resultMap.getAttribute("type"));
            }
            for (String kind : STATEMENTS) {
                for (Element statement : children(doc.root(), kind)) {
                    String sql = text(statement, ns, 0);
                    if (SqlTables.looksLikeSql(sql)) {
                        List<SqlTables.Use> uses = List.copyOf(SqlTables.of(sql));
                        uses.forEach(u -> facts.table(ns, new TableUse(JpaNaming.table(u.name()), u.access())));
                        statements.add(new Statement(ns, statement, uses));
                    }
                }
            }
        }
    }

    @Override
    public void link(XmlTypes types, List<DescriptorFacts.Wire> wires, Consumer<Problem> problems) {
        Map<String, String> byAlias = new HashMap<>();
        List<String> packages = new ArrayList<>(aliasPackages);
        packages.addAll(facts.myBatisAliasPackages);
        packages.forEach(p -> types.inPackage(p).forEach(t -> byAlias.putIfAbsent(XmlTypes.alias(t), t)));
        aliases.forEach((alias, type) -> types.resolve(type).ifPresent(t -> byAlias.put(alias, t)));
        mappedTables(types, byAlias);
        List<String> shared = new ArrayList<>();
        for (Global g : globals) {
            types.resolve(g.className()).ifPresentOrElse(shared::add, () -> missing(types, g.className(), g.file(),
                    g.line(), problems));
        }
        globalPackages.forEach(p -> shared.addAll(types.inPackage(p)));
        for (Descriptors.Doc doc : mappers) {
            Optional<String> ns = types.resolve(doc.root().getAttribute("namespace"));
            if (ns.isEmpty()) {
                continue;
            }
            shared.forEach(g -> wires.add(new DescriptorFacts.Wire(ns.get(), g, EdgeKind.TYPE_USE)));
            for (Element e : descendants(doc.root(), "*")) {
                for (String name : typeNames(e)) {
                    type(name, types, byAlias).ifPresentOrElse(t -> wires.add(new DescriptorFacts.Wire(ns.get(), t, EdgeKind.TYPE_USE)),
                            () -> missing(types, name, doc.file(), XmlDocs.line(e), problems));
                }
            }
        }
    }

    /**
     * The classes MyBatis maps to rows, as entities: the {@code parameterType} of an insert or update maps the
     * tables the statement writes; the result type of a select ({@code resultType}, or the {@code type} of its
     * {@code resultMap}) maps the first table the select reads, when that class is never written and no written
     * class maps that table.
     */
    private void mappedTables(XmlTypes types, Map<String, String> byAlias) {
        Map<String, String> written = new HashMap<>();
        for (Statement st : statements) {
            if (st.writes()) {
                type(st.element().getAttribute("parameterType"), types, byAlias).filter(t -> !t.equals(
                        st.namespace())).ifPresent(t -> st.tables().stream().filter(u -> u.access() == WRITES)
                        .forEach(u -> written.putIfAbsent(JpaNaming.table(u.name()), t)));
            }
        }
        written.forEach((table, type) -> facts.table(type, new TableUse(table, MAPS)));
        for (Statement st : statements) {
            if (st.writes() || st.tables().isEmpty()) {
                continue;
            }
            String table = JpaNaming.table(st.tables().get(0).name());
            for (String name : resultTypes(st)) {
                type(name, types, byAlias).filter(t -> !written.containsValue(t) && !written.containsKey(table))
                        .ifPresent(t -> facts.table(t, new TableUse(table, MAPS)));
            }
        }
    }

    private List<String> resultTypes(Statement st) {
        List<String> names = new ArrayList<>();
        names.add(st.element().getAttribute("resultType"));
        for (String id : st.element().getAttribute("resultMap").split(",")) {
            String qualified = id.trim().contains(".") ? id.trim() : st.namespace() + "." + id.trim();
            names.add(resultMapTypes.getOrDefault(qualified, ""));
        }
        return names;
    }

    private static Optional<String> type(String name, XmlTypes types, Map<String, String> byAlias) {
        String n = name.trim();
        return n.isEmpty() ? Optional.empty()
                : Optional.ofNullable(byAlias.get(n.toLowerCase(Locale.ROOT))).or(() -> types.resolve(n));
    }

    private static List<String> typeNames(Element e) {
        List<String> names = new ArrayList<>();
        for (String attribute : TYPE_ATTRIBUTES) {
            names.add(e.getAttribute(attribute));
        }
        if (TYPED_ELEMENTS.contains(e.getLocalName())) {
            names.add(e.getAttribute("type"));
        }
        return names.stream().map(String::trim).filter(n -> !n.isEmpty()).toList();
    }

    private static void missing(XmlTypes types, String className, String file, int line, Consumer<Problem> problems) {
        if (types.missingInProjectPackage(className)) {
            problems.accept(new Problem(file, line, "MyBatis names " + className.trim()
                    + ", no class of the project: left out"));
        }
    }

    private String text(Node node, String ns, int depth) {
        StringBuilder b = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(n.getNodeValue());
            } else if (n instanceof Element e) {
                b.append(' ').append(element(e, ns, depth)).append(' ');
            }
        }
        return b.toString();
    }

    private String element(Element e, String ns, int depth) {
        return switch (e.getLocalName()) {
            case "include" -> include(e.getAttribute("refid").trim(), ns, depth);
            case "selectKey", "bind" -> "";
            case "where" -> "WHERE " + text(e, ns, depth);
            case "set" -> "SET " + text(e, ns, depth);
            case "trim" -> e.getAttribute("prefix") + " " + text(e, ns, depth);
            case "foreach" -> e.getAttribute("open") + text(e, ns, depth) + e.getAttribute("close");
            default -> text(e, ns, depth);
        };
    }

    private String include(String refid, String ns, int depth) {
        Element fragment = fragments.getOrDefault(ns + "." + refid, fragments.get(refid));
        return fragment == null || depth >= MAX_INCLUDE_DEPTH ? "" : text(fragment, ns, depth + 1);
    }
}
