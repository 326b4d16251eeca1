package dev.cleave.analyzer.internal.facts;

import dev.cleave.model.TableAccess;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the tables a SQL statement reads and writes (or the entities a JPQL/HQL query names). Not a SQL parser:
 * it looks for table positions (after FROM, JOIN, INTO, UPDATE, DELETE FROM, MERGE INTO, USING) at the levels
 * of the statement that are queries (the top level and parentheses opening with SELECT/WITH), so function
 * arguments such as {@code EXTRACT(YEAR FROM d)} are not mistaken for tables. Handles aliases, comma joins,
 * subqueries, schema prefixes, quoted names, placeholders and CTE names (dropped); a JOIN on a path of an alias
 * ({@code JOIN o.lines l} in JPQL) is not a table. Names are returned as written, without schema or quotes.
 */
final class SqlTables {
    /** A table (or entity) named by a statement and how the statement uses it. */
    record Use(String name, TableAccess access) {
    }

    private static final Pattern SQL_START = Pattern.compile(
            "^(?:SELECT|INSERT|UPDATE|DELETE|MERGE|WITH|REPLACE|select|insert|update|delete|merge|with|replace)\\b");
    private static final Pattern JPQL_START = Pattern.compile("^(?:FROM|from)\\b");
    private static final Pattern STATEMENT = Pattern.compile("^(?:(?:select|with)\\b[\\s\\S]*?\\sfrom\\s+\\S"
            + "|(?:insert|merge|replace)\\s+into\\s+\\S|update\\s+\\S+(?:\\s+\\w+)?\\s+set\\s+\\S|delete\\s+from\\s+\\S)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SQL_PUNCTUATION = Pattern.compile("[*,.?=(:']");
    private static final Pattern LEADING = Pattern.compile("^(?:\\s|\\(|/\\*.*?\\*/|--[^\\n]*\\n)*", Pattern.DOTALL);
    private static final Set<String> STOP = Set.of("WHERE", "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "OUTER",
            "CROSS", "NATURAL", "ON", "USING", "GROUP", "ORDER", "HAVING", "LIMIT", "OFFSET", "UNION", "INTERSECT",
            "EXCEPT", "MINUS", "SET", "VALUES", "VALUE", "SELECT", "FOR", "FETCH", "WINDOW", "RETURNING", "START",
            "CONNECT", "WITH", "AS", "STRAIGHT_JOIN", "USE", "FORCE", "IGNORE", "PARTITION", "TABLESAMPLE",
            "QUALIFY", "LATERAL", "FROM", "INTO", "UPDATE", "DELETE", "INSERT", "MERGE", "WHEN", "THEN", "AND", "OR",
            "NOT", "IN", "EXISTS", "DEFAULT", "OVERRIDING", "LOCK", "ELSE", "END", "CASE", "IS", "LIKE", "BETWEEN");
    private static final Set<String> NOT_AFTER_UPDATE = Set.of("FOR", "KEY", "THEN", "DO", "ON");
    private static final Set<String> AFTER_INSERT_TARGET = Set.of("VALUES", "VALUE", "SELECT", "SET", "WITH",
            "DEFAULT", "OVERRIDING", "FROM");
    private static final Set<String> AFTER_UPDATE_TARGET = Set.of("SET", "JOIN", "INNER", "LEFT", "RIGHT", "CROSS");

    private final List<SqlToken> tokens;
    private final Set<String> ctes;
    private final Set<String> aliases = new HashSet<>();
    private final Set<Use> found = new LinkedHashSet<>();
    private int i;

    private SqlTables(List<SqlToken> tokens) {
        this.tokens = tokens;
        this.ctes = cteNames(tokens);
    }

    /**
     * Whether the text starts like a SQL statement: SELECT, INSERT, UPDATE, DELETE, MERGE, WITH, REPLACE, in
     * upper or lower case ("Select a product" is prose).
     */
    static boolean looksLikeSql(String text) {
        return SQL_START.matcher(LEADING.matcher(text).replaceFirst("")).find();
    }

    /**
     * Whether the text is a whole SQL statement, not only text that starts like one: a query with its FROM, an insert
     * or a merge with INTO, an update with SET, a delete with FROM (any case). Text handed to a method that is not
     * known to run SQL (the application's own {@code queryList(sql, params)}) must be one.
     */
    static boolean isStatement(String text) {
        String body = LEADING.matcher(text).replaceFirst("");
        if (!looksLikeSql(body) || !STATEMENT.matcher(body).find()) {
            return false;
        }
        // prose in lower case ("select a warehouse from the list") has none of SQL's punctuation
        return Character.isUpperCase(body.charAt(0)) || SQL_PUNCTUATION.matcher(body).find();
    }

    /** Whether the text starts like a JPQL/HQL query (SQL starts, or HQL's bare FROM). */
    static boolean looksLikeJpql(String text) {
        String body = LEADING.matcher(text).replaceFirst("");
        return SQL_START.matcher(body).find() || JPQL_START.matcher(body).find();
    }

    /** The tables (entities, for JPQL) the statement uses, in order of appearance, without duplicates. */
    static Set<Use> of(String statement) {
        SqlTables parser = new SqlTables(SqlTokenizer.tokenize(statement));
        parser.run();
        return parser.found;
    }

    private void run() {
        Deque<Boolean> query = new ArrayDeque<>();
        query.push(true);
        while (i < tokens.size()) {
            SqlToken t = tokens.get(i);
            if (t.type() == SqlToken.Type.LPAREN) {
                query.push(peek(1).is("SELECT") || peek(1).is("WITH"));
                i++;
            } else if (t.type() == SqlToken.Type.RPAREN) {
                if (query.size() > 1) {
                    query.pop();
                }
                i++;
            } else if (query.peek() && t.type() == SqlToken.Type.NAME) {
                keyword(t.keyword());
            } else {
                i++;
            }
        }
    }

    private void keyword(String word) {
        String before = peek(-1).keyword();
        i++;
        switch (word) {
            case "FROM" -> tableList(before.equals("DELETE") ? TableAccess.WRITES : TableAccess.READS);
            case "JOIN", "STRAIGHT_JOIN" -> table(TableAccess.READS, false);
            case "USING" -> table(TableAccess.READS, false);
            case "INTO" -> table(TableAccess.WRITES, true);
            case "UPDATE" -> {
                if (!NOT_AFTER_UPDATE.contains(before)) {
                    table(TableAccess.WRITES, false);
                }
            }
            case "DELETE" -> {
                if (peek(0).type() == SqlToken.Type.NAME && !peek(0).is("FROM") && !before.equals("THEN")) {
                    table(TableAccess.WRITES, false);
                }
            }
            default -> {
            }
        }
    }

    private void tableList(TableAccess access) {
        table(access, false);
        while (peek(0).type() == SqlToken.Type.COMMA && query()) {
            i++;
            table(access, false);
        }
    }

    /** Whether a comma after a table continues the FROM list (not a closing select list of a subquery). */
    private boolean query() {
        SqlToken next = peek(1);
        return next.type() == SqlToken.Type.NAME || next.type() == SqlToken.Type.LPAREN
                || next.type() == SqlToken.Type.PLACEHOLDER;
    }

    private void table(TableAccess access, boolean insertTarget) {
        while (peek(0).is("FETCH") || peek(0).is("LATERAL") || peek(0).is("ONLY")) {
            i++;
        }
        SqlToken t = peek(0);
        if (t.type() == SqlToken.Type.PLACEHOLDER) {
            i++;
            alias();
            return;
        }
        if (t.type() != SqlToken.Type.NAME || peek(1).type() == SqlToken.Type.LPAREN && !insertTarget) {
            return;
        }
        i++;
        String alias = alias();
        if (valid(t, alias, access, insertTarget)) {
            found.add(new Use(t.last(), access));
        }
    }

    private boolean valid(SqlToken t, String alias, TableAccess access, boolean insertTarget) {
        String name = t.last();
        if (ctes.contains(name.toLowerCase(Locale.ROOT)) || name.equalsIgnoreCase("dual")
                || t.segments().size() > 1 && aliases.contains(t.segments().get(0).toLowerCase(Locale.ROOT))) {
            return false;
        }
        SqlToken next = peek(0);
        if (insertTarget) {
            return next.type() == SqlToken.Type.LPAREN || next.type() == SqlToken.Type.SEMICOLON
                    || next.type() == SqlToken.Type.RPAREN || next.type() == SqlToken.Type.PLACEHOLDER
                    || i >= tokens.size() || AFTER_INSERT_TARGET.contains(next.keyword()) || next.is("USING");
        }
        boolean updateTarget = access == TableAccess.WRITES && !peek(-1 - (alias == null ? 0 : 1)).is("FROM")
                && isUpdate();
        return !updateTarget || AFTER_UPDATE_TARGET.contains(next.keyword())
                || next.type() == SqlToken.Type.COMMA;
    }

    private boolean isUpdate() {
        for (int back = i - 1; back >= 0 && back >= i - 4; back--) {
            if (tokens.get(back).is("UPDATE")) {
                return true;
            }
        }
        return false;
    }

    /** Consumes an optional {@code [AS] alias} and remembers it; returns it or null. */
    private String alias() {
        boolean as = peek(0).is("AS");
        SqlToken t = peek(as ? 1 : 0);
        if (t.type() != SqlToken.Type.NAME || t.segments().size() != 1 || (!t.quoted() && STOP.contains(t.keyword()))) {
            return null;
        }
        i += as ? 2 : 1;
        String alias = t.last().toLowerCase(Locale.ROOT);
        aliases.add(alias);
        return alias;
    }

    private SqlToken peek(int offset) {
        int at = i + offset;
        return at >= 0 && at < tokens.size() ? tokens.get(at) : SqlToken.OTHER;
    }

    /** Names defined by {@code name [(cols)] AS (SELECT|WITH...}: common table expressions, not tables. */
    private static Set<String> cteNames(List<SqlToken> tokens) {
        Set<String> names = new HashSet<>();
        for (int k = 0; k + 2 < tokens.size(); k++) {
            if (tokens.get(k).type() != SqlToken.Type.NAME) {
                continue;
            }
            int at = k + 1;
            if (tokens.get(at).type() == SqlToken.Type.LPAREN) {
                while (at < tokens.size() && tokens.get(at).type() != SqlToken.Type.RPAREN) {
                    at++;
                }
                at++;
            }
            if (at + 2 < tokens.size() && tokens.get(at).is("AS") && tokens.get(at + 1).type() == SqlToken.Type.LPAREN
                    && (tokens.get(at + 2).is("SELECT") || tokens.get(at + 2).is("WITH"))) {
                names.add(tokens.get(k).last().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
