package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import dev.cleave.model.TableAccess;
import dev.cleave.model.TableUse;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tables a JPA type maps: an entity's table ({@code @Table(name)}, else its entity name through
 * {@link JpaNaming#physical}; {@code @Entity(name)} changes the entity name and so the default table), its
 * secondary tables, and the {@code @JoinTable}/{@code @CollectionTable} of its members (explicit names only).
 */
final class JpaRules {
    /** The entity name and primary table of an {@code @Entity}. */
    record Entity(String name, String table) {
    }

    private JpaRules() {
    }

    /** The top-level type's entity mapping, if it is an entity. */
    static Optional<Entity> entity(TypeContext ctx) {
        return entity(ctx, ctx.type);
    }

    static void addTables(TypeContext ctx, Set<TableUse> tables) {
        for (TypeDeclaration<?> type : ctx.all(TypeDeclaration.class)) {
            entity(ctx, type).ifPresent(e -> tables.add(new TableUse(e.table(), TableAccess.MAPS)));
            ctx.findEe(type, "persistence.SecondaryTable").ifPresent(a -> named(ctx, a, tables));
            ctx.findEe(type, "persistence.SecondaryTables").flatMap(a -> AnnotationValues.member(a, "value"))
                    .map(AnnotationValues::elements).orElse(List.of()).stream()
                    .filter(Expression::isAnnotationExpr)
                    .forEach(a -> named(ctx, a.asAnnotationExpr(), tables));
        }
        for (AnnotationExpr a : ctx.annotations()) {
            if (ctx.isEe(a, "persistence.JoinTable") || ctx.isEe(a, "persistence.CollectionTable")) {
                named(ctx, a, tables);
            }
        }
    }

    private static Optional<Entity> entity(TypeContext ctx, TypeDeclaration<?> type) {
        return ctx.findEe(type, "persistence.Entity").map(a -> {
            String name = AnnotationValues.strings(a, ctx.strings, "name").stream().findFirst()
                    .filter(n -> !n.isBlank()).orElse(type.getNameAsString());
            String table = ctx.findEe(type, "persistence.Table")
                    .flatMap(t -> AnnotationValues.strings(t, ctx.strings, "name").stream().findFirst())
                    .filter(n -> !n.isBlank()).orElse(name);
            return new Entity(name, JpaNaming.physical(table));
        });
    }

    private static void named(TypeContext ctx, AnnotationExpr a, Set<TableUse> tables) {
        AnnotationValues.strings(a, ctx.strings, "name").stream().filter(n -> !n.isBlank())
                .forEach(n -> tables.add(new TableUse(JpaNaming.physical(n), TableAccess.MAPS)));
    }
}
