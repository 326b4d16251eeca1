package dev.cleave.codegen.internal.layout;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.cleave.codegen.internal.source.Facts;
import dev.cleave.codegen.internal.source.SourceType;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Tables that a service maps through copied entities although another service owns them. */
final class SharedTables {
    private SharedTables() {
    }

    /** Table → owning service, for each {@code @Entity} among the copies. */
    static Map<String, String> of(Facts facts, Plan plan, Service service, Set<String> copies) {
        Map<String, String> shared = new TreeMap<>();
        for (String copy : copies) {
            SourceType type = facts.monolith().type(copy);
            if (type.hasAnnotation("Entity")) {
                String table = tableOf(type);
                Service owner = plan.services().stream().filter(s -> s.tables().contains(table)).findFirst()
                        .orElse(plan.serviceOf(copy));
                shared.put(table, owner == null ? "?" : owner.name());
            }
        }
        return shared;
    }

    /** The table an entity maps: {@code @Table(name=...)}, else its name in snake case (Spring Boot's naming). */
    static String tableOf(SourceType entity) {
        for (AnnotationExpr a : entity.declaration().getAnnotations()) {
            if (a.getNameAsString().endsWith("Table") && a instanceof NormalAnnotationExpr n) {
                for (var pair : n.getPairs()) {
                    if (pair.getNameAsString().equals("name") && pair.getValue() instanceof StringLiteralExpr s) {
                        return s.getValue();
                    }
                }
            }
        }
        return entity.simpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
