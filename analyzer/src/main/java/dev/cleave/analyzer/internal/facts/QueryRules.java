package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.cleave.analyzer.internal.facts.TypeFacts.EntityUse;
import dev.cleave.model.TableUse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Queries written in a type. JPQL/HQL: {@code createQuery(...)}, Spring Data {@code @Query} without
 * {@code nativeQuery}, {@code @NamedQuery}; its entity names are kept for finish. SQL: the first argument of
 * JDBC, JdbcTemplate, {@code createNativeQuery}... calls, {@code @Query(nativeQuery = true)},
 * {@code @NamedNativeQuery}, MyBatis {@code @Select/@Insert/@Update/@Delete}, every argument of another call that
 * is a whole statement ({@link SqlTables#isStatement}: the application's own helpers), and every String variable or
 * field initializer (constants) or local StringBuilder ({@link BuilderStrings}) that looks like SQL and is not
 * used as JPQL. Strings are evaluated with
 * {@link StringValues} (literals joined with +, text blocks, constants of the file); only text that starts like
 * a statement counts ({@link SqlTables#looksLikeSql}).
 */
final class QueryRules {
    private static final Set<String> JPQL_CALLS = Set.of("createQuery");
    private static final Set<String> SQL_CALLS = Set.of("prepareStatement", "prepareCall", "executeQuery",
            "executeUpdate", "executeLargeUpdate", "execute", "addBatch", "query", "queryForObject", "queryForList",
            "queryForMap", "queryForRowSet", "queryForStream", "queryForInt", "queryForLong", "update",
            "batchUpdate", "createNativeQuery", "createSQLQuery", "sql");
    private static final List<String> MYBATIS = List.of("Select", "Insert", "Update", "Delete");

    private final TypeContext ctx;
    private final Set<String> jpql = new LinkedHashSet<>();
    private final Set<String> sql = new LinkedHashSet<>();

    private QueryRules(TypeContext ctx) {
        this.ctx = ctx;
    }

    /** Adds the SQL tables to {@code tables} and the JPQL entities to {@code entities}. */
    static void collect(TypeContext ctx, Set<TableUse> tables, Set<EntityUse> entities) {
        QueryRules rules = new QueryRules(ctx);
        rules.scan();
        for (String query : rules.jpql) {
            SqlTables.of(query).forEach(u -> entities.add(new EntityUse(u.name(), u.access())));
        }
        for (String statement : rules.sql) {
            if (!rules.jpql.contains(statement)) {
                SqlTables.of(statement).forEach(u -> tables.add(new TableUse(JpaNaming.table(u.name()), u.access())));
            }
        }
    }

    private void scan() {
        for (AnnotationExpr a : ctx.annotations()) {
            annotation(a);
        }
        for (AnnotationExpr a : ctx.all(AnnotationExpr.class)) {
            if (ctx.isEe(a, "persistence.NamedQuery") || ctx.is(a, "org.hibernate.annotations.NamedQuery")) {
                AnnotationValues.strings(a, ctx.strings, "query").forEach(q -> add(jpql, q, true));
            } else if (ctx.isEe(a, "persistence.NamedNativeQuery")) {
                AnnotationValues.strings(a, ctx.strings, "query").forEach(q -> add(sql, q, false));
            }
        }
        for (MethodCallExpr call : ctx.all(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            if (call.getArguments().isEmpty()) {
                continue;
            }
            if (JPQL_CALLS.contains(name) || SQL_CALLS.contains(name)) {
                String text = ctx.strings.sql(call.getArgument(0));
                add(JPQL_CALLS.contains(name) ? jpql : sql, text, JPQL_CALLS.contains(name));
                continue;
            }
            // the application's own data access helpers (a base DAO's querySingle(sql, params...)): a whole statement
            for (Expression argument : call.getArguments()) {
                String text = ctx.strings.sql(argument);
                if (text != null && SqlTables.isStatement(text)) {
                    sql.add(text);
                }
            }
        }
        for (VariableDeclarator v : ctx.all(VariableDeclarator.class)) {
            if (v.getTypeAsString().equals("String")) {
                v.getInitializer().map(ctx.strings::sql).ifPresent(text -> add(sql, text, false));
            }
        }
        BuilderStrings.of(ctx).forEach(text -> add(sql, text, false));
    }

    private void annotation(AnnotationExpr a) {
        if (ctx.is(a, "org.springframework.data.jpa.repository.Query")) {
            boolean isNative = AnnotationValues.isTrue(a, "nativeQuery");
            AnnotationValues.strings(a, ctx.strings, "value").forEach(q -> add(isNative ? sql : jpql, q, !isNative));
        } else if (ctx.is(a, "org.springframework.data.jdbc.repository.query.Query")) {
            AnnotationValues.strings(a, ctx.strings, "value").forEach(q -> add(sql, q, false));
        } else if (MYBATIS.stream().anyMatch(m -> ctx.is(a, "org.apache.ibatis.annotations." + m))) {
            List<String> parts = AnnotationValues.strings(a, ctx.strings, "value");
            add(sql, String.join(" ", parts), false);
        }
    }

    private static void add(Set<String> into, String text, boolean jpqlSyntax) {
        if (text != null && (jpqlSyntax ? SqlTables.looksLikeJpql(text) : SqlTables.looksLikeSql(text))) {
            into.add(text);
        }
    }
}
