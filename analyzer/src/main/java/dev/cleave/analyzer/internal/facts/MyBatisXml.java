package dev.cleave.analyzer.internal.facts;

import static dev.cleave.analyzer.internal.facts.XmlDocs.children;

import dev.cleave.model.Stereotype;
import dev.cleave.model.TableUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * MyBatis mapper XML: the namespace names the mapper interface; its {@code select/insert/update/delete}
 * statements give the interface its tables. Dynamic SQL is flattened to text: {@code <where>} and {@code <set>}
 * add their keyword, {@code <trim>} its prefix, {@code <foreach>} its open/close, {@code <include refid>} the
 * {@code <sql>} fragment (same namespace or qualified, across files); {@code <selectKey>} is left out.
 */
final class MyBatisXml {
    private static final List<String> STATEMENTS = List.of("select", "insert", "update", "delete");
    private static final int MAX_INCLUDE_DEPTH = 8;

    private final DescriptorFacts facts;
    private final List<Descriptors.Doc> mappers = new ArrayList<>();
    private final Map<String, Element> fragments = new HashMap<>();

    MyBatisXml(DescriptorFacts facts) {
        this.facts = facts;
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

    /** Attributes the tables of every statement to its mapper (after all fragments are known). */
    void statements() {
        for (Descriptors.Doc doc : mappers) {
            String ns = doc.root().getAttribute("namespace").trim();
            facts.stereotype(ns, Stereotype.MAPPER);
            for (String kind : STATEMENTS) {
                for (Element statement : children(doc.root(), kind)) {
                    String sql = text(statement, ns, 0);
                    if (SqlTables.looksLikeSql(sql)) {
                        SqlTables.of(sql).forEach(u -> facts.table(ns, new TableUse(JpaNaming.table(u.name()),
                                u.access())));
                    }
                }
            }
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
