package dev.cleave.analyzer.internal.facts;

import static dev.cleave.analyzer.internal.facts.XmlDocs.childText;
import static dev.cleave.analyzer.internal.facts.XmlDocs.children;
import static dev.cleave.analyzer.internal.facts.XmlDocs.descendants;

import dev.cleave.model.Stereotype;
import dev.cleave.model.TableAccess;
import dev.cleave.model.TableUse;
import java.util.List;
import org.w3c.dom.Element;

/**
 * JPA {@code orm.xml} (entities with their table, join and collection tables, embeddables, mapped superclasses)
 * and Hibernate {@code hbm.xml} (classes with their table, collection tables, joined and union subclasses with
 * their own table, single-table subclasses with their parent's).
 */
final class OrmXml {
    private static final List<String> COLLECTIONS = List.of("set", "bag", "list", "map", "idbag", "array");

    private OrmXml() {
    }

    static void read(Element root, DescriptorFacts facts) {
        if (root.getLocalName().equals("entity-mappings")) {
            orm(root, facts);
        } else {
            hbm(root, root.getAttribute("package").trim(), facts, null);
        }
    }

    private static void orm(Element root, DescriptorFacts facts) {
        String pkg = childText(root, "package");
        for (Element entity : children(root, "entity")) {
            String type = qualify(pkg, entity.getAttribute("class"));
            String name = entity.getAttribute("name").isBlank() ? simpleName(type) : entity.getAttribute("name");
            String table = children(entity, "table").stream().map(t -> t.getAttribute("name"))
                    .filter(n -> !n.isBlank()).findFirst().orElse(name);
            mapEntity(facts, type, name, JpaNaming.physical(table));
            for (String element : List.of("join-table", "collection-table", "secondary-table")) {
                descendants(entity, element).stream().map(e -> e.getAttribute("name")).filter(n -> !n.isBlank())
                        .forEach(n -> facts.table(type, new TableUse(JpaNaming.physical(n), TableAccess.MAPS)));
            }
        }
        children(root, "embeddable").forEach(e -> facts.stereotype(qualify(pkg, e.getAttribute("class")),
                Stereotype.EMBEDDABLE));
        children(root, "mapped-superclass").forEach(e -> facts.stereotype(qualify(pkg, e.getAttribute("class")),
                Stereotype.MAPPED_SUPERCLASS));
    }

    private static void hbm(Element parent, String pkg, DescriptorFacts facts, String parentTable) {
        for (Element cls : XmlDocs.children(parent, "class")) {
            hbmClass(cls, pkg, facts, null);
        }
        for (String sub : List.of("subclass", "joined-subclass", "union-subclass")) {
            for (Element cls : XmlDocs.children(parent, sub)) {
                hbmClass(cls, pkg, facts, sub.equals("subclass") ? parentTable : null);
            }
        }
    }

    private static void hbmClass(Element cls, String pkg, DescriptorFacts facts, String inheritedTable) {
        String type = qualify(pkg, cls.getAttribute("name"));
        if (type.isEmpty()) {
            return;
        }
        String written = cls.getAttribute("table").trim();
        String table = !written.isEmpty() ? JpaNaming.table(written)
                : inheritedTable != null ? inheritedTable : JpaNaming.physical(simpleName(type));
        String entityName = cls.getAttribute("entity-name").isBlank() ? simpleName(type)
                : cls.getAttribute("entity-name");
        mapEntity(facts, type, entityName, table);
        for (String element : COLLECTIONS) {
            XmlDocs.children(cls, element).stream().map(e -> e.getAttribute("table").trim()).filter(n -> !n.isEmpty())
                    .forEach(n -> facts.table(type, new TableUse(JpaNaming.table(n), TableAccess.MAPS)));
        }
        hbm(cls, pkg, facts, table);
    }

    private static void mapEntity(DescriptorFacts facts, String type, String name, String table) {
        facts.stereotype(type, Stereotype.ENTITY);
        facts.entities.put(type, new JpaRules.Entity(name, table));
        facts.table(type, new TableUse(table, TableAccess.MAPS));
    }

    private static String qualify(String pkg, String name) {
        String type = name.trim();
        return type.contains(".") || pkg.isBlank() || type.isEmpty() ? type : pkg.trim() + "." + type;
    }

    private static String simpleName(String fqn) {
        return fqn.substring(fqn.lastIndexOf('.') + 1);
    }
}
