package dev.cleave.bench.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * One entity of a module of the synthetic legacy monolith ({@link SyntheticLegacyMonolith}): a table, its bean, DAO,
 * service bean, four servlets and three JSPs.
 *
 * @param module module (and package, URL and planned service) name, {@code billing}
 * @param name   simple name of its bean, {@code BillingAccount}
 * @param extra  optional columns beyond the fixed ones, {@code {type, field}}
 * @param parent the entity before it in its module (its {@code parent_id}), null for the first
 * @param child  the entity after it in its module (whose rows name it as parent), null for the last
 * @param remote entities of earlier modules its service reads (0–2); the first is the one its {@code ref_id} names
 */
record LegacyEntity(String module, String name, List<String[]> extra, String parent, String child,
                    List<Ref> remote) {

    /** An entity of another module. */
    record Ref(String module, String entity) {
        String dao() {
            return SyntheticLegacyMonolith.BASE + "." + module + ".dao." + entity + "Dao";
        }

        String bean() {
            return SyntheticLegacyMonolith.BASE + "." + module + ".bean." + entity;
        }
    }

    LegacyEntity {
        extra = List.copyOf(extra);
        remote = List.copyOf(remote);
    }

    String pkg() {
        return SyntheticLegacyMonolith.BASE + "." + module;
    }

    String table() {
        return module + "_" + SyntheticSpringMonolith.snake(name);
    }

    /** {@code billing-account}: the folder of its JSPs and the stem of its URLs. */
    String kebab() {
        return SyntheticSpringMonolith.snake(name).replace('_', '-');
    }

    /** The servlets' common URL, {@code /billing/billing-accounts}. */
    String path() {
        return "/" + module + "/" + kebab() + "s";
    }

    /** The JSP folder under {@code /WEB-INF/jsp}, {@code billing/billing-account}. */
    String views() {
        return module + "/" + kebab();
    }

    String var() {
        return SyntheticSpringMonolith.lower(name);
    }

    /** The id of its service bean in {@code applicationContext.xml}. */
    String beanId() {
        return var() + "Service";
    }

    Ref linked() {
        return remote.isEmpty() ? null : remote.get(0);
    }

    /** Every column as {@code {type, field}}: the fixed ones, the parent's and the reference's, then the extra ones. */
    List<String[]> fields() {
        List<String[]> fields = new ArrayList<>(List.of(new String[] {"Long", "id"}, new String[] {"String", "code"},
                new String[] {"String", "name"}, new String[] {"String", "status"},
                new String[] {"BigDecimal", "amount"}, new String[] {"Integer", "quantity"}));
        if (parent != null) {
            fields.add(new String[] {"Long", "parentId"});
        }
        fields.add(new String[] {"Long", "refId"});
        fields.addAll(extra);
        return fields;
    }

    /** The columns a form edits and an update writes: all but id, code, status and the time stamps. */
    List<String[]> editable() {
        return fields().stream().filter(f -> !List.of("id", "code", "status").contains(f[1])
                && !f[0].equals("Instant")).toList();
    }

    /** The fully-qualified names of its classes, in the order they are written. */
    List<String> classes() {
        String p = pkg();
        return List.of(p + ".bean." + name, p + ".dao." + name + "Dao", p + ".service." + name + "Service",
                p + ".web.List" + name + "Servlet", p + ".web.View" + name + "Servlet",
                p + ".web.Edit" + name + "Servlet", p + ".web.Close" + name + "Servlet");
    }
}
