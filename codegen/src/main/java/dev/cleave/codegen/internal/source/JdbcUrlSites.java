package dev.cleave.codegen.internal.source;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The places where a servlet web application hands a JDBC URL to the code that opens connections: a
 * {@code DriverManager.getConnection(url, ...)}, an H2 {@code JdbcConnectionPool.create(url, ...)}, a data source's
 * {@code setURL}/{@code setUrl}/{@code setJdbcUrl(url)} (H2, HyperSQL, DBCP, Hikari, c3p0, Tomcat's pool, Spring's
 * {@code DriverManagerDataSource}), or {@code new DriverManagerDataSource(url, ...)}. Wherever the URL came from (the
 * code, a properties file, a system property), the services' copies pass it through
 * {@code dev.cleave.runtime.LegacyDatabase.url(...)}, which turns the monolith's in-memory database into the shared
 * one. The change is made on the syntax tree with JavaParser's lexical-preserving printer: the rest of the file stays
 * as it was written, byte for byte.
 */
public final class JdbcUrlSites {
    private static final Set<String> URL_SETTERS = Set.of("setURL", "setUrl", "setJdbcUrl");
    private static final String WRAPPER = "dev.cleave.runtime.LegacyDatabase";

    private JdbcUrlSites() {
    }

    /** One place that hands a URL to JDBC, and the user and password given there when they are literals. */
    public record Site(int line, String user, String password) {
    }

    /** The sites in a type's file, in order. */
    public static List<Site> of(SourceType type) {
        List<Site> sites = new ArrayList<>();
        type.unit().findAll(MethodCallExpr.class).forEach(call -> urlArgument(call).ifPresent(i -> sites.add(
                new Site(call.getBegin().map(p -> p.line).orElse(0), literal(call.getArguments(), i + 1),
                        literal(call.getArguments(), i + 2)))));
        type.unit().findAll(ObjectCreationExpr.class).forEach(n -> urlArgument(n).ifPresent(i -> sites.add(
                new Site(n.getBegin().map(p -> p.line).orElse(0), literal(n.getArguments(), i + 1),
                        literal(n.getArguments(), i + 2)))));
        sites.sort(java.util.Comparator.comparingInt(Site::line));
        return sites;
    }

    /** The type's file with every site's URL argument passed through {@code LegacyDatabase.url}. */
    public static byte[] rewrite(SourceType type) {
        CompilationUnit unit = EditableSource.parse(type, type.text(), "point its JDBC URL at the shared database");
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            urlArgument(call).ifPresent(i -> call.setArgument(i, wrapped(call.getArgument(i))));
        }
        for (ObjectCreationExpr n : unit.findAll(ObjectCreationExpr.class)) {
            urlArgument(n).ifPresent(i -> n.setArgument(i, wrapped(n.getArgument(i))));
        }
        return LexicalPreservingPrinter.print(unit).getBytes(StandardCharsets.UTF_8);
    }

    private static Expression wrapped(Expression url) {
        return new MethodCallExpr(StaticJavaParser.parseExpression(WRAPPER), "url", new NodeList<>(url.clone()));
    }

    /** The index of the URL argument of a call that hands one to JDBC. */
    private static Optional<Integer> urlArgument(MethodCallExpr call) {
        if (call.getArguments().isEmpty() || isWrapped(call.getArgument(0))) {
            return Optional.empty();
        }
        String name = call.getNameAsString();
        String scope = call.getScope().map(Expression::toString).orElse("");
        boolean site = URL_SETTERS.contains(name) && call.getArguments().size() == 1
                || name.equals("getConnection") && (scope.equals("DriverManager") || scope.endsWith(".DriverManager"))
                || name.equals("create") && (scope.equals("JdbcConnectionPool") || scope.endsWith(".JdbcConnectionPool"));
        return site ? Optional.of(0) : Optional.empty();
    }

    private static Optional<Integer> urlArgument(ObjectCreationExpr n) {
        String type = n.getType().getNameAsString();
        return (type.equals("DriverManagerDataSource")) && !n.getArguments().isEmpty()
                && !isWrapped(n.getArgument(0)) ? Optional.of(0) : Optional.empty();
    }

    private static boolean isWrapped(Expression e) {
        return e instanceof MethodCallExpr m && m.getNameAsString().equals("url")
                && m.getScope().map(s -> s.toString().equals(WRAPPER)).orElse(false);
    }

    private static String literal(NodeList<Expression> arguments, int index) {
        return index < arguments.size() && arguments.get(index) instanceof StringLiteralExpr s ? s.getValue() : null;
    }
}
