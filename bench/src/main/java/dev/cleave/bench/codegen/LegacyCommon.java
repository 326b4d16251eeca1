package dev.cleave.bench.codegen;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shared classes of the synthetic legacy monolith: the listener that makes the DataSource from the
 * {@code app.jdbc.*} context parameters (and the schema when {@code app.initDatabase} is true), the login filter, the
 * base servlet, the login and logout servlets, JDBC helpers, exceptions and utilities. Java 8 syntax,
 * {@code javax.servlet}.
 */
final class LegacyCommon {
    private static final String C = SyntheticLegacyMonolith.COMMON;

    /** The login and logout servlets, which the plan gives to the first module's service. */
    static final java.util.List<String> LOGIN = java.util.List.of(C + ".web.LoginServlet", C + ".web.LogoutServlet");

    private LegacyCommon() {
    }

    /** Fully-qualified name → source, in the order they are written. */
    static Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put(C + ".AppConstants", """
                package %s;

                /** Names the application keeps things under. */
                public final class AppConstants {

                    /** The servlet context attribute holding the application's DataSource. */
                    public static final String DATA_SOURCE = "app.dataSource";

                    /** The session attribute holding the signed-in user. */
                    public static final String SESSION_USER = "app.user";

                    private AppConstants() {
                    }
                }
                """.formatted(C));
        sources.put(C + ".bean.User", """
                package %s.bean;

                import java.io.Serializable;

                /** The signed-in user, kept in the session. */
                public class User implements Serializable {

                    private static final long serialVersionUID = 1L;

                    private String name;
                    private boolean admin;

                    public User() {
                    }

                    public User(String name, boolean admin) {
                        this.name = name;
                        this.admin = admin;
                    }

                    public String getName() {
                        return name;
                    }

                    public void setName(String name) {
                        this.name = name;
                    }

                    public boolean isAdmin() {
                        return admin;
                    }

                    public void setAdmin(boolean admin) {
                        this.admin = admin;
                    }
                }
                """.formatted(C));
        sources.put(C + ".db.DataAccessException", """
                package %s.db;

                /** An SQL statement failed; carries the statement. */
                public class DataAccessException extends RuntimeException {

                    private static final long serialVersionUID = 1L;

                    public DataAccessException(String sql, Throwable cause) {
                        super("SQL failed: " + sql, cause);
                    }
                }
                """.formatted(C));
        sources.put(C + ".db.Jdbc", jdbc());
        sources.put(C + ".service.NotFoundException", """
                package %s.service;

                /** A row asked for by id does not exist. */
                public class NotFoundException extends RuntimeException {

                    private static final long serialVersionUID = 1L;

                    public NotFoundException(String what, long id) {
                        super(what + " " + id + " not found");
                    }
                }
                """.formatted(C));
        sources.put(C + ".service.ValidationException", """
                package %s.service;

                /** Input a use case refuses, with the form field to blame. */
                public class ValidationException extends RuntimeException {

                    private static final long serialVersionUID = 1L;

                    private final String field;

                    public ValidationException(String field, String message) {
                        super(message);
                        this.field = field;
                    }

                    public String getField() {
                        return field;
                    }
                }
                """.formatted(C));
        sources.put(C + ".util.Money", """
                package %s.util;

                import java.math.BigDecimal;
                import java.math.RoundingMode;

                public final class Money {

                    private Money() {
                    }

                    public static BigDecimal normalize(BigDecimal amount) {
                        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2, RoundingMode.HALF_UP);
                    }

                    public static BigDecimal add(BigDecimal a, BigDecimal b) {
                        return normalize(a).add(normalize(b));
                    }

                    public static boolean positive(BigDecimal amount) {
                        return amount != null && amount.signum() > 0;
                    }
                }
                """.formatted(C));
        sources.put(C + ".util.Strings", """
                package %s.util;

                import java.util.Locale;

                public final class Strings {

                    private Strings() {
                    }

                    public static String trimToEmpty(String s) {
                        return s == null ? "" : s.trim();
                    }

                    public static String trimToNull(String s) {
                        return isBlank(s) ? null : s.trim();
                    }

                    public static boolean isBlank(String s) {
                        return s == null || s.trim().isEmpty();
                    }

                    public static String normalizeCode(String code) {
                        return trimToEmpty(code).toUpperCase(Locale.ROOT).replace(' ', '-');
                    }
                }
                """.formatted(C));
        sources.put(C + ".web.AppContextListener", listener());
        sources.put(C + ".web.LoginFilter", filter());
        sources.put(C + ".web.BaseServlet", baseServlet());
        sources.put(C + ".web.LoginServlet", """
                package %1$s.web;

                import %1$s.AppConstants;
                import %1$s.bean.User;
                import java.io.IOException;
                import javax.servlet.ServletException;
                import javax.servlet.http.HttpServletRequest;
                import javax.servlet.http.HttpServletResponse;

                /** Signs a user in with the training password of the servlet's init parameter: GET/POST /login. */
                public class LoginServlet extends BaseServlet {

                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp)
                            throws ServletException, IOException {
                        render(req, resp, "login");
                    }

                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp)
                            throws ServletException, IOException {
                        String name = param(req, "username");
                        String password = req.getParameter("password");
                        if (name == null || password == null || !password.equals(getInitParameter("password"))) {
                            req.setAttribute("error", "Unknown user or wrong password");
                            render(req, resp, "login");
                            return;
                        }
                        req.getSession().setAttribute(AppConstants.SESSION_USER, new User(name, "admin".equals(name)));
                        redirect(req, resp, "/");
                    }
                }
                """.formatted(C));
        sources.put(C + ".web.LogoutServlet", """
                package %s.web;

                import java.io.IOException;
                import javax.servlet.http.HttpServletRequest;
                import javax.servlet.http.HttpServletResponse;
                import javax.servlet.http.HttpSession;

                /** Ends the session: POST /logout. */
                public class LogoutServlet extends BaseServlet {

                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                        HttpSession session = req.getSession(false);
                        if (session != null) {
                            session.invalidate();
                        }
                        redirect(req, resp, "/login");
                    }
                }
                """.formatted(C));
        return sources;
    }

    private static String jdbc() {
        return """
                package %s.db;

                import java.io.BufferedReader;
                import java.io.IOException;
                import java.io.InputStream;
                import java.io.InputStreamReader;
                import java.math.BigDecimal;
                import java.nio.charset.StandardCharsets;
                import java.sql.Connection;
                import java.sql.Date;
                import java.sql.PreparedStatement;
                import java.sql.ResultSet;
                import java.sql.SQLException;
                import java.sql.Statement;
                import java.sql.Timestamp;
                import java.sql.Types;
                import java.time.Instant;
                import java.time.LocalDate;

                /** JDBC odds and ends. */
                public final class Jdbc {

                    private Jdbc() {
                    }

                    public static void close(AutoCloseable... resources) {
                        for (AutoCloseable resource : resources) {
                            if (resource != null) {
                                try {
                                    resource.close();
                                } catch (Exception e) {
                                    // nothing to do
                                }
                            }
                        }
                    }

                    public static void bind(PreparedStatement ps, Object... params) throws SQLException {
                        for (int i = 0; i < params.length; i++) {
                            Object p = params[i];
                            if (p == null) {
                                ps.setNull(i + 1, Types.NULL);
                            } else if (p instanceof LocalDate) {
                                ps.setDate(i + 1, Date.valueOf((LocalDate) p));
                            } else if (p instanceof Instant) {
                                ps.setTimestamp(i + 1, Timestamp.from((Instant) p));
                            } else if (p instanceof BigDecimal) {
                                ps.setBigDecimal(i + 1, (BigDecimal) p);
                            } else {
                                ps.setObject(i + 1, p);
                            }
                        }
                    }

                    public static Long getLong(ResultSet rs, String column) throws SQLException {
                        long value = rs.getLong(column);
                        return rs.wasNull() ? null : Long.valueOf(value);
                    }

                    public static Integer getInteger(ResultSet rs, String column) throws SQLException {
                        int value = rs.getInt(column);
                        return rs.wasNull() ? null : Integer.valueOf(value);
                    }

                    public static Boolean getBoolean(ResultSet rs, String column) throws SQLException {
                        boolean value = rs.getBoolean(column);
                        return rs.wasNull() ? null : Boolean.valueOf(value);
                    }

                    public static LocalDate getLocalDate(ResultSet rs, String column) throws SQLException {
                        Date value = rs.getDate(column);
                        return value == null ? null : value.toLocalDate();
                    }

                    public static Instant getInstant(ResultSet rs, String column) throws SQLException {
                        Timestamp value = rs.getTimestamp(column);
                        return value == null ? null : value.toInstant();
                    }

                    /** Runs an SQL script of the class path: statements end with a semicolon at the end of a line. */
                    public static int runScript(Connection conn, String resource) throws SQLException {
                        InputStream in = Jdbc.class.getResourceAsStream(resource);
                        if (in == null) {
                            throw new SQLException("no script " + resource);
                        }
                        int count = 0;
                        StringBuilder statement = new StringBuilder();
                        Statement st = conn.createStatement();
                        try {
                            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                            String line;
                            while ((line = reader.readLine()) != null) {
                                if (line.trim().startsWith("--")) {
                                    continue;
                                }
                                statement.append(line).append('\\n');
                                if (line.trim().endsWith(";")) {
                                    st.execute(statement.toString().trim().replaceAll(";$", ""));
                                    statement.setLength(0);
                                    count++;
                                }
                            }
                        } catch (IOException e) {
                            throw new SQLException("cannot read " + resource, e);
                        } finally {
                            close(st, in);
                        }
                        return count;
                    }
                }
                """.formatted(C);
    }

    private static String listener() {
        return """
                package %1$s.web;

                import %1$s.AppConstants;
                import %1$s.db.Jdbc;
                import java.sql.Connection;
                import java.sql.SQLException;
                import java.util.logging.Logger;
                import javax.servlet.ServletContext;
                import javax.servlet.ServletContextEvent;
                import javax.servlet.ServletContextListener;
                import org.h2.jdbcx.JdbcConnectionPool;

                /**
                 * Makes the application's DataSource from the app.jdbc.* context parameters when the webapp starts (before
                 * Spring's root context, whose beans are made with it), and the schema when app.initDatabase is true.
                 */
                public class AppContextListener implements ServletContextListener {

                    private static final Logger LOG = Logger.getLogger(AppContextListener.class.getName());

                    @Override
                    public void contextInitialized(ServletContextEvent event) {
                        ServletContext ctx = event.getServletContext();
                        String url = ctx.getInitParameter("app.jdbc.url");
                        String user = ctx.getInitParameter("app.jdbc.user");
                        String password = ctx.getInitParameter("app.jdbc.password");
                        JdbcConnectionPool pool = JdbcConnectionPool.create(url, user, password == null ? "" : password);
                        pool.setMaxConnections(Integer.parseInt(ctx.getInitParameter("app.jdbc.maxConnections")));
                        ctx.setAttribute(AppConstants.DATA_SOURCE, pool);
                        if ("true".equalsIgnoreCase(ctx.getInitParameter("app.initDatabase"))) {
                            Connection conn = null;
                            try {
                                conn = pool.getConnection();
                                int statements = Jdbc.runScript(conn, "/sql/schema.sql");
                                LOG.info("Database " + url + " created: " + statements + " statements");
                            } catch (SQLException e) {
                                throw new IllegalStateException("cannot create the database " + url, e);
                            } finally {
                                Jdbc.close(conn);
                            }
                        }
                    }

                    @Override
                    public void contextDestroyed(ServletContextEvent event) {
                        Object ds = event.getServletContext().getAttribute(AppConstants.DATA_SOURCE);
                        if (ds instanceof JdbcConnectionPool) {
                            ((JdbcConnectionPool) ds).dispose();
                        }
                        event.getServletContext().removeAttribute(AppConstants.DATA_SOURCE);
                    }
                }
                """.formatted(C);
    }

    private static String filter() {
        return """
                package %1$s.web;

                import %1$s.AppConstants;
                import java.io.IOException;
                import javax.servlet.Filter;
                import javax.servlet.FilterChain;
                import javax.servlet.FilterConfig;
                import javax.servlet.ServletException;
                import javax.servlet.ServletRequest;
                import javax.servlet.ServletResponse;
                import javax.servlet.http.HttpServletRequest;
                import javax.servlet.http.HttpServletResponse;
                import javax.servlet.http.HttpSession;

                /** Everything but the open paths (init parameter openPaths) needs a signed-in user. */
                public class LoginFilter implements Filter {

                    private String[] openPaths = {"/login"};

                    @Override
                    public void init(FilterConfig config) {
                        String open = config.getInitParameter("openPaths");
                        if (open != null) {
                            openPaths = open.split("\\\\s*,\\\\s*");
                        }
                    }

                    @Override
                    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                            throws IOException, ServletException {
                        HttpServletRequest request = (HttpServletRequest) req;
                        HttpServletResponse response = (HttpServletResponse) res;
                        if (request.getCharacterEncoding() == null) {
                            request.setCharacterEncoding("UTF-8");
                        }
                        String path = request.getRequestURI().substring(request.getContextPath().length());
                        HttpSession session = request.getSession(false);
                        if (isOpen(path) || session != null && session.getAttribute(AppConstants.SESSION_USER) != null) {
                            chain.doFilter(request, response);
                            return;
                        }
                        response.sendRedirect(request.getContextPath() + "/login");
                    }

                    private boolean isOpen(String path) {
                        for (String open : openPaths) {
                            if (open.endsWith("/*") ? path.startsWith(open.substring(0, open.length() - 1)) : path.equals(open)) {
                                return true;
                            }
                        }
                        return false;
                    }

                    @Override
                    public void destroy() {
                    }
                }
                """.formatted(C);
    }

    private static String baseServlet() {
        return """
                package %1$s.web;

                import %1$s.AppConstants;
                import %1$s.util.Strings;
                import java.io.IOException;
                import java.math.BigDecimal;
                import java.time.LocalDate;
                import javax.servlet.ServletException;
                import javax.servlet.http.HttpServlet;
                import javax.servlet.http.HttpServletRequest;
                import javax.servlet.http.HttpServletResponse;
                import javax.sql.DataSource;
                import org.springframework.web.context.WebApplicationContext;
                import org.springframework.web.context.support.WebApplicationContextUtils;

                /** What every servlet needs: the beans of Spring's root context, the DataSource, parameters and views. */
                public abstract class BaseServlet extends HttpServlet {

                    private static final long serialVersionUID = 1L;

                    protected <T> T bean(String name, Class<T> type) {
                        WebApplicationContext context =
                                WebApplicationContextUtils.getRequiredWebApplicationContext(getServletContext());
                        return context.getBean(name, type);
                    }

                    protected DataSource dataSource() {
                        return (DataSource) getServletContext().getAttribute(AppConstants.DATA_SOURCE);
                    }

                    protected void render(HttpServletRequest req, HttpServletResponse resp, String view)
                            throws ServletException, IOException {
                        req.getRequestDispatcher("/WEB-INF/jsp/" + view + ".jsp").forward(req, resp);
                    }

                    protected void redirect(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
                        resp.sendRedirect(req.getContextPath() + path);
                    }

                    protected String param(HttpServletRequest req, String name) {
                        return Strings.trimToNull(req.getParameter(name));
                    }

                    protected Long longParam(HttpServletRequest req, String name) {
                        String value = param(req, name);
                        try {
                            return value == null ? null : Long.valueOf(value);
                        } catch (NumberFormatException e) {
                            return null;
                        }
                    }

                    protected Integer intParam(HttpServletRequest req, String name) {
                        String value = param(req, name);
                        try {
                            return value == null ? null : Integer.valueOf(value);
                        } catch (NumberFormatException e) {
                            return null;
                        }
                    }

                    protected BigDecimal decimalParam(HttpServletRequest req, String name) {
                        String value = param(req, name);
                        try {
                            return value == null ? null : new BigDecimal(value);
                        } catch (NumberFormatException e) {
                            return null;
                        }
                    }

                    protected Boolean boolParam(HttpServletRequest req, String name) {
                        String value = param(req, name);
                        return value == null ? null : Boolean.valueOf("true".equalsIgnoreCase(value) || "on".equals(value));
                    }

                    protected LocalDate dateParam(HttpServletRequest req, String name) {
                        String value = param(req, name);
                        return value == null ? null : LocalDate.parse(value);
                    }
                }
                """.formatted(C);
    }
}
