package dev.cleave.bench.codegen;

import static dev.cleave.bench.codegen.SyntheticSpringMonolith.capital;
import static dev.cleave.bench.codegen.SyntheticSpringMonolith.lower;
import static dev.cleave.bench.codegen.SyntheticSpringMonolith.snake;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Java sources of one entity of the synthetic legacy monolith, written as a pre-Boot application would be (Java 8
 * syntax, {@code javax.servlet}): a serializable bean with getters and setters, a plain JDBC DAO made with
 * {@code new XDao(dataSource)}, a service bean that {@code applicationContext.xml} makes with the DataSource, and one
 * servlet per use case (list, view, edit, close), plus each module's home servlet.
 */
final class LegacyJava {
    private static final String COMMON = SyntheticLegacyMonolith.COMMON;
    private static final Map<String, String> READ = Map.of("Long", "Jdbc.getLong(rs, \"%s\")",
            "String", "rs.getString(\"%s\")", "Integer", "Jdbc.getInteger(rs, \"%s\")",
            "Boolean", "Jdbc.getBoolean(rs, \"%s\")", "BigDecimal", "rs.getBigDecimal(\"%s\")",
            "LocalDate", "Jdbc.getLocalDate(rs, \"%s\")", "Instant", "Jdbc.getInstant(rs, \"%s\")");
    private static final Map<String, String> PARAM = Map.of("Long", "longParam", "String", "param",
            "Integer", "intParam", "Boolean", "boolParam", "BigDecimal", "decimalParam", "LocalDate", "dateParam");

    private LegacyJava() {
    }

    static String bean(LegacyEntity e) {
        StringBuilder s = new StringBuilder("package " + e.pkg() + ".bean;\n\n");
        s.append("import java.io.Serializable;\nimport java.math.BigDecimal;\n");
        for (String time : List.of("Instant", "LocalDate")) {
            if (e.extra().stream().anyMatch(f -> f[0].equals(time))) {
                s.append("import java.time.").append(time).append(";\n");
            }
        }
        s.append("\n/** A row of table ").append(e.table()).append(". */\n")
                .append("public class ").append(e.name()).append(" implements Serializable {\n\n")
                .append("    private static final long serialVersionUID = 1L;\n\n");
        for (String[] f : e.fields()) {
            s.append("    private ").append(f[0]).append(' ').append(f[1]).append(";\n");
        }
        s.append("\n    public ").append(e.name()).append("() {\n    }\n");
        for (String[] f : e.fields()) {
            String prop = capital(f[1]);
            s.append("\n    public ").append(f[0]).append(" get").append(prop).append("() {\n        return ")
                    .append(f[1]).append(";\n    }\n\n    public void set").append(prop).append('(').append(f[0])
                    .append(' ').append(f[1]).append(") {\n        this.").append(f[1]).append(" = ").append(f[1])
                    .append(";\n    }\n");
        }
        s.append("""

                    public boolean isActive() {
                        return "ACTIVE".equals(status);
                    }

                    public BigDecimal getTotal() {
                        if (amount == null || quantity == null) {
                            return BigDecimal.ZERO;
                        }
                        return amount.multiply(BigDecimal.valueOf(quantity.longValue()));
                    }

                    @Override
                    public String toString() {
                        return "%s[" + id + ", " + code + "]";
                    }
                }
                """.formatted(e.name()));
        return s.toString();
    }

    static String dao(LegacyEntity e) {
        List<String[]> columns = e.fields().subList(1, e.fields().size());
        String names = columns.stream().map(f -> snake(f[1])).collect(Collectors.joining(", "));
        String marks = columns.stream().map(f -> "?").collect(Collectors.joining(", "));
        String values = columns.stream().map(f -> "row.get" + capital(f[1]) + "()").collect(Collectors.joining(", "));
        List<String[]> updated = e.fields().stream().filter(f -> !List.of("id", "code", "status").contains(f[1]))
                .toList();
        String sets = updated.stream().map(f -> snake(f[1]) + " = ?").collect(Collectors.joining(", "));
        String setValues = updated.stream().map(f -> "row.get" + capital(f[1]) + "()")
                .collect(Collectors.joining(", "));
        StringBuilder s = new StringBuilder();
        s.append("""
                package %1$s.dao;

                import %1$s.bean.%2$s;
                import %3$s.db.DataAccessException;
                import %3$s.db.Jdbc;
                import java.math.BigDecimal;
                import java.sql.Connection;
                import java.sql.PreparedStatement;
                import java.sql.ResultSet;
                import java.sql.SQLException;
                import java.sql.Statement;
                import java.util.ArrayList;
                import java.util.List;
                import javax.sql.DataSource;

                /** Plain JDBC access to table %4$s: one connection of the application's pool per call. */
                public class %2$sDao {

                    private static final String COLUMNS = "id, %5$s";

                    private final DataSource dataSource;

                    public %2$sDao(DataSource dataSource) {
                        this.dataSource = dataSource;
                    }

                    public List<%2$s> findAll() {
                        return query("SELECT " + COLUMNS + " FROM %4$s ORDER BY id");
                    }

                    public List<%2$s> findByStatus(String status) {
                        return query("SELECT " + COLUMNS + " FROM %4$s WHERE status = ? ORDER BY id", status);
                    }

                    public %2$s findById(long id) {
                        List<%2$s> rows = query("SELECT " + COLUMNS + " FROM %4$s WHERE id = ?", id);
                        return rows.isEmpty() ? null : rows.get(0);
                    }

                    public %2$s findByCode(String code) {
                        List<%2$s> rows = query("SELECT " + COLUMNS + " FROM %4$s WHERE code = ?", code);
                        return rows.isEmpty() ? null : rows.get(0);
                    }

                    public List<%2$s> findByRef(long refId) {
                        return query("SELECT " + COLUMNS + " FROM %4$s WHERE ref_id = ? ORDER BY id", refId);
                    }

                """.formatted(e.pkg(), e.name(), COMMON, e.table(), names));
        if (e.parent() != null) {
            s.append("""
                        public List<%1$s> findByParent(long parentId) {
                            return query("SELECT " + COLUMNS + " FROM %2$s WHERE parent_id = ? ORDER BY id", parentId);
                        }

                    """.formatted(e.name(), e.table()));
        }
        s.append("""
                    public int countByStatus(String status) {
                        return number("SELECT COUNT(*) FROM %2$s WHERE status = ?", status).intValue();
                    }

                    public BigDecimal totalAmount(String status) {
                        return number("SELECT SUM(amount * quantity) FROM %2$s WHERE status = ?", status);
                    }

                    public long insert(%1$s row) {
                        String sql = "INSERT INTO %2$s (%3$s) VALUES (%4$s)";
                        Connection conn = null;
                        PreparedStatement ps = null;
                        ResultSet keys = null;
                        try {
                            conn = dataSource.getConnection();
                            ps = conn.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
                            Jdbc.bind(ps, %5$s);
                            ps.executeUpdate();
                            keys = ps.getGeneratedKeys();
                            if (!keys.next()) {
                                throw new SQLException("no key generated for " + row.getCode());
                            }
                            row.setId(keys.getLong(1));
                            return row.getId();
                        } catch (SQLException e) {
                            throw new DataAccessException(sql, e);
                        } finally {
                            Jdbc.close(keys, ps, conn);
                        }
                    }

                    public int update(%1$s row) {
                        return execute("UPDATE %2$s SET %6$s WHERE id = ?", %7$s, row.getId());
                    }

                    public int updateStatus(long id, String status) {
                        return execute("UPDATE %2$s SET status = ? WHERE id = ?", status, id);
                    }

                    public int delete(long id) {
                        return execute("DELETE FROM %2$s WHERE id = ?", id);
                    }

                    private List<%1$s> query(String sql, Object... params) {
                        Connection conn = null;
                        PreparedStatement ps = null;
                        ResultSet rs = null;
                        try {
                            conn = dataSource.getConnection();
                            ps = conn.prepareStatement(sql);
                            Jdbc.bind(ps, params);
                            rs = ps.executeQuery();
                            List<%1$s> rows = new ArrayList<%1$s>();
                            while (rs.next()) {
                                rows.add(map(rs));
                            }
                            return rows;
                        } catch (SQLException e) {
                            throw new DataAccessException(sql, e);
                        } finally {
                            Jdbc.close(rs, ps, conn);
                        }
                    }

                    private BigDecimal number(String sql, Object... params) {
                        Connection conn = null;
                        PreparedStatement ps = null;
                        ResultSet rs = null;
                        try {
                            conn = dataSource.getConnection();
                            ps = conn.prepareStatement(sql);
                            Jdbc.bind(ps, params);
                            rs = ps.executeQuery();
                            BigDecimal value = rs.next() ? rs.getBigDecimal(1) : null;
                            return value == null ? BigDecimal.ZERO : value;
                        } catch (SQLException e) {
                            throw new DataAccessException(sql, e);
                        } finally {
                            Jdbc.close(rs, ps, conn);
                        }
                    }

                    private int execute(String sql, Object... params) {
                        Connection conn = null;
                        PreparedStatement ps = null;
                        try {
                            conn = dataSource.getConnection();
                            ps = conn.prepareStatement(sql);
                            Jdbc.bind(ps, params);
                            return ps.executeUpdate();
                        } catch (SQLException e) {
                            throw new DataAccessException(sql, e);
                        } finally {
                            Jdbc.close(ps, conn);
                        }
                    }

                    private %1$s map(ResultSet rs) throws SQLException {
                        %1$s row = new %1$s();
                        row.setId(rs.getLong("id"));
                """.formatted(e.name(), e.table(), names, marks, values, sets, setValues));
        for (String[] f : columns) {
            s.append("        row.set").append(capital(f[1])).append('(')
                    .append(READ.get(f[0]).formatted(snake(f[1]))).append(");\n");
        }
        s.append("        return row;\n    }\n}\n");
        return s.toString();
    }

    static String service(LegacyEntity e) {
        String n = e.name();
        String dao = e.var() + "Dao";
        java.util.TreeSet<String> imports = new java.util.TreeSet<>(List.of(e.pkg() + ".bean." + n,
                e.pkg() + ".dao." + n + "Dao"));
        if (e.parent() != null) {
            imports.addAll(List.of(e.pkg() + ".bean." + e.parent(), e.pkg() + ".dao." + e.parent() + "Dao"));
        }
        e.remote().forEach(r -> imports.addAll(List.of(r.bean(), r.dao())));
        StringBuilder s = new StringBuilder("package " + e.pkg() + ".service;\n\n");
        imports.forEach(i -> s.append("import ").append(i).append(";\n"));
        s.append("""
                import %1$s.service.NotFoundException;
                import %1$s.service.ValidationException;
                import %1$s.util.Money;
                import %1$s.util.Strings;
                import java.math.BigDecimal;
                import java.util.List;
                import java.util.Map;
                import java.util.TreeMap;
                import javax.sql.DataSource;

                /**
                 * The %2$s use cases. A bean of applicationContext.xml ("%3$s"), made with the application's
                 * DataSource; the servlets look it up in the root context.
                 */
                public class %2$sService {

                    private static final String[] STATUSES = {"ACTIVE", "PENDING", "CLOSED"};

                    private final %2$sDao %4$s;
                """.formatted(COMMON, n, e.beanId(), dao));
        if (e.parent() != null) {
            s.append("    private final ").append(e.parent()).append("Dao ").append(lower(e.parent())).append("Dao;\n");
        }
        for (LegacyEntity.Ref r : e.remote()) {
            s.append("    private final ").append(r.entity()).append("Dao ").append(lower(r.entity())).append("Dao;\n");
        }
        s.append("\n    public ").append(n).append("Service(DataSource dataSource) {\n        this.").append(dao)
                .append(" = new ").append(n).append("Dao(dataSource);\n");
        if (e.parent() != null) {
            s.append("        this.").append(lower(e.parent())).append("Dao = new ").append(e.parent())
                    .append("Dao(dataSource);\n");
        }
        for (LegacyEntity.Ref r : e.remote()) {
            s.append("        this.").append(lower(r.entity())).append("Dao = new ").append(r.entity())
                    .append("Dao(dataSource);\n");
        }
        s.append("""
                    }

                    public List<%1$s> list(String status) {
                        if (Strings.isBlank(status)) {
                            return %2$s.findAll();
                        }
                        return %2$s.findByStatus(Strings.normalizeCode(status));
                    }

                    public %1$s get(long id) {
                        %1$s row = %2$s.findById(id);
                        if (row == null) {
                            throw new NotFoundException("%1$s", id);
                        }
                        return row;
                    }

                    public %1$s find(Long id) {
                        return id == null ? null : %2$s.findById(id.longValue());
                    }

                """.formatted(n, dao));
        if (e.parent() != null) {
            s.append("""
                        public %1$s parentOf(%2$s row) {
                            return row.getParentId() == null ? null : %3$sDao.findById(row.getParentId().longValue());
                        }

                    """.formatted(e.parent(), n, lower(e.parent())));
        }
        s.append("""
                    public %1$s register(%1$s row) {
                        validate(row);
                        row.setCode(Strings.normalizeCode(row.getCode()));
                        if (%2$s.findByCode(row.getCode()) != null) {
                            throw new ValidationException("code", "%1$s " + row.getCode() + " exists already");
                        }
                        row.setStatus("ACTIVE");
                        row.setAmount(Money.normalize(row.getAmount()));
                """.formatted(n, dao));
        if (e.parent() != null) {
            s.append("""
                            if (row.getParentId() != null && %1$sDao.findById(row.getParentId().longValue()) == null) {
                                throw new ValidationException("parentId", "no %2$s " + row.getParentId());
                            }
                    """.formatted(lower(e.parent()), e.parent()));
        }
        for (LegacyEntity.Ref r : e.remote()) {
            s.append("""
                            if (row.getRefId() != null) {
                                %1$s %2$s = %2$sDao.findById(row.getRefId().longValue());
                                if (%2$s == null || !%2$s.isActive()) {
                                    row.setStatus("PENDING");
                                }
                            }
                    """.formatted(r.entity(), lower(r.entity())));
        }
        s.append("""
                        %2$s.insert(row);
                        return row;
                    }

                    public %1$s update(long id, %1$s changes) {
                        validate(changes);
                        %1$s row = get(id);
                """.formatted(n, dao));
        for (String[] f : e.editable()) {
            String prop = capital(f[1]);
            String value = switch (f[1]) {
                case "name" -> "Strings.trimToEmpty(changes.getName())";
                case "amount" -> "Money.normalize(changes.getAmount())";
                default -> "changes.get" + prop + "()";
            };
            s.append("        row.set").append(prop).append('(').append(value).append(");\n");
        }
        s.append("""
                        %2$s.update(row);
                        return row;
                    }

                    public void close(long id) {
                        get(id);
                        %2$s.updateStatus(id, "CLOSED");
                    }

                    public void reopen(long id) {
                        %1$s row = get(id);
                        if (!"CLOSED".equals(row.getStatus())) {
                            throw new ValidationException("status", "%1$s " + row.getCode() + " is not closed");
                        }
                        %2$s.updateStatus(id, "ACTIVE");
                    }

                    public BigDecimal total(String status) {
                        return Money.normalize(%2$s.totalAmount(status));
                    }

                    public BigDecimal exposure() {
                        BigDecimal sum = total("ACTIVE");
                """.formatted(n, dao));
        for (LegacyEntity.Ref r : e.remote()) {
            s.append("        sum = Money.add(sum, ").append(lower(r.entity())).append("Dao.totalAmount(\"ACTIVE\"));\n");
        }
        s.append("""
                        return sum;
                    }

                    public Map<String, Integer> statusCounts() {
                        Map<String, Integer> counts = new TreeMap<String, Integer>();
                        for (String status : STATUSES) {
                            counts.put(status, Integer.valueOf(%1$s.countByStatus(status)));
                        }
                        return counts;
                    }

                    private void validate(%2$s row) {
                        if (Strings.isBlank(row.getCode())) {
                            throw new ValidationException("code", "a code is required");
                        }
                        if (Strings.isBlank(row.getName())) {
                            throw new ValidationException("name", "a name is required");
                        }
                        if (row.getQuantity() != null && row.getQuantity().intValue() < 0) {
                            throw new ValidationException("quantity", "the quantity cannot be negative");
                        }
                        if (row.getAmount() != null && row.getAmount().signum() < 0) {
                            throw new ValidationException("amount", "the amount cannot be negative");
                        }
                    }
                }
                """.formatted(dao, n));
        return s.toString();
    }

    private static String servletHead(LegacyEntity e, List<String> imports) {
        StringBuilder s = new StringBuilder("package " + e.pkg() + ".web;\n\n");
        imports.stream().sorted().distinct().forEach(i -> s.append("import ").append(i).append(";\n"));
        return s.append("\n").toString();
    }

    /** A servlet's imports: its service, the base servlet, the servlet API, and {@code more}. */
    private static List<String> servletImports(LegacyEntity e, String... more) {
        List<String> imports = new java.util.ArrayList<>(List.of(e.pkg() + ".service." + e.name() + "Service",
                COMMON + ".web.BaseServlet", "java.io.IOException", "javax.servlet.ServletException",
                "javax.servlet.http.HttpServletRequest", "javax.servlet.http.HttpServletResponse"));
        imports.addAll(List.of(more));
        return imports;
    }

    static String listServlet(LegacyEntity e) {
        return servletHead(e, servletImports(e, e.pkg() + ".bean." + e.name(), "java.util.List")) + """
                /** Lists the %1$ss, all or of one status: GET %2$s[?status=]. */
                public class List%1$sServlet extends BaseServlet {

                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp)
                            throws ServletException, IOException {
                        %1$sService service = bean("%3$s", %1$sService.class);
                        String status = param(req, "status");
                        List<%1$s> rows = service.list(status);
                        req.setAttribute("rows", rows);
                        req.setAttribute("status", status);
                        req.setAttribute("total", service.total(status == null ? "ACTIVE" : status));
                        req.setAttribute("counts", service.statusCounts());
                        render(req, resp, "%4$s/list");
                    }
                }
                """.formatted(e.name(), e.path(), e.beanId(), e.views());
    }

    static String viewServlet(LegacyEntity e) {
        LegacyEntity.Ref linked = e.linked();
        List<String> imports = new java.util.ArrayList<>(servletImports(e, e.pkg() + ".bean." + e.name(),
                COMMON + ".service.NotFoundException"));
        if (linked != null) {
            imports.add(linked.dao());
        }
        if (e.child() != null) {
            imports.add(e.pkg() + ".dao." + e.child() + "Dao");
        }
        StringBuilder s = new StringBuilder(servletHead(e, imports));
        s.append("""
                /** Shows one %1$s with what it refers to: GET %2$s/view?id=. */
                public class View%1$sServlet extends BaseServlet {

                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp)
                            throws ServletException, IOException {
                        Long id = longParam(req, "id");
                        if (id == null) {
                            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "id is required");
                            return;
                        }
                        %1$sService service = bean("%3$s", %1$sService.class);
                        %1$s row;
                        try {
                            row = service.get(id.longValue());
                        } catch (NotFoundException e) {
                            resp.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
                            return;
                        }
                        req.setAttribute("row", row);
                """.formatted(e.name(), e.path(), e.beanId()));
        if (e.parent() != null) {
            s.append("        req.setAttribute(\"parent\", service.parentOf(row));\n");
        }
        if (e.child() != null) {
            s.append("        ").append(e.child()).append("Dao children = new ").append(e.child())
                    .append("Dao(dataSource());\n        req.setAttribute(\"children\", children.findByParent(id.longValue()));\n");
        }
        if (linked != null) {
            s.append("""
                            if (row.getRefId() != null) {
                                %1$sDao refs = new %1$sDao(dataSource());
                                req.setAttribute("ref", refs.findById(row.getRefId().longValue()));
                            }
                    """.formatted(linked.entity()));
        }
        s.append("        render(req, resp, \"").append(e.views()).append("/view\");\n    }\n}\n");
        return s.toString();
    }

    static String editServlet(LegacyEntity e) {
        StringBuilder s = new StringBuilder(servletHead(e, servletImports(e, e.pkg() + ".bean." + e.name(),
                COMMON + ".service.NotFoundException", COMMON + ".service.ValidationException")));
        s.append("""
                /** The form of a %1$s: GET %2$s/edit[?id=] shows it, POST registers or updates. */
                public class Edit%1$sServlet extends BaseServlet {

                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp)
                            throws ServletException, IOException {
                        Long id = longParam(req, "id");
                        %1$sService service = bean("%3$s", %1$sService.class);
                        try {
                            req.setAttribute("row", id == null ? new %1$s() : service.get(id.longValue()));
                        } catch (NotFoundException e) {
                            resp.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
                            return;
                        }
                        render(req, resp, "%4$s/form");
                    }

                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp)
                            throws ServletException, IOException {
                        Long id = longParam(req, "id");
                        %1$s form = new %1$s();
                        form.setCode(param(req, "code"));
                """.formatted(e.name(), e.path(), e.beanId(), e.views()));
        for (String[] f : e.editable()) {
            s.append("        form.set").append(capital(f[1])).append('(').append(PARAM.get(f[0]))
                    .append("(req, \"").append(f[1]).append("\"));\n");
        }
        s.append("""
                        %1$sService service = bean("%2$s", %1$sService.class);
                        try {
                            %1$s saved = id == null ? service.register(form) : service.update(id.longValue(), form);
                            redirect(req, resp, "%3$s/view?id=" + saved.getId());
                        } catch (ValidationException e) {
                            req.setAttribute("row", form);
                            req.setAttribute("error", e.getMessage());
                            req.setAttribute("field", e.getField());
                            render(req, resp, "%4$s/form");
                        } catch (NotFoundException e) {
                            resp.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
                        }
                    }
                }
                """.formatted(e.name(), e.beanId(), e.path(), e.views()));
        return s.toString();
    }

    static String closeServlet(LegacyEntity e) {
        return servletHead(e, servletImports(e, COMMON + ".service.NotFoundException",
                COMMON + ".service.ValidationException")) + """
                /** Closes a %1$s, or opens it again: POST %2$s/close with id (and reopen=true). */
                public class Close%1$sServlet extends BaseServlet {

                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp)
                            throws ServletException, IOException {
                        Long id = longParam(req, "id");
                        if (id == null) {
                            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "id is required");
                            return;
                        }
                        %1$sService service = bean("%3$s", %1$sService.class);
                        try {
                            if (Boolean.TRUE.equals(boolParam(req, "reopen"))) {
                                service.reopen(id.longValue());
                            } else {
                                service.close(id.longValue());
                            }
                        } catch (NotFoundException e) {
                            resp.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
                            return;
                        } catch (ValidationException e) {
                            resp.sendError(HttpServletResponse.SC_CONFLICT, e.getMessage());
                            return;
                        }
                        redirect(req, resp, "%2$s/view?id=" + id);
                    }
                }
                """.formatted(e.name(), e.path(), e.beanId());
    }

    /** The module's home page: the exposure of every entity's service. */
    static String homeServlet(String module, List<LegacyEntity> entities) {
        String pkg = SyntheticLegacyMonolith.BASE + "." + module;
        StringBuilder s = new StringBuilder("package " + pkg + ".web;\n\n");
        entities.forEach(e -> s.append("import ").append(pkg).append(".service.").append(e.name())
                .append("Service;\n"));
        s.append("""
                import %1$s.web.BaseServlet;
                import java.io.IOException;
                import java.math.BigDecimal;
                import java.util.LinkedHashMap;
                import java.util.Map;
                import javax.servlet.ServletException;
                import javax.servlet.http.HttpServletRequest;
                import javax.servlet.http.HttpServletResponse;

                /** The %2$s module's home page: GET /%2$s. */
                public class %3$sHomeServlet extends BaseServlet {

                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp)
                            throws ServletException, IOException {
                        Map<String, BigDecimal> exposure = new LinkedHashMap<String, BigDecimal>();
                """.formatted(COMMON, module, capital(module)));
        for (LegacyEntity e : entities) {
            s.append("        exposure.put(\"").append(e.name()).append("\", bean(\"").append(e.beanId())
                    .append("\", ").append(e.name()).append("Service.class).exposure());\n");
        }
        s.append("        req.setAttribute(\"exposure\", exposure);\n        render(req, resp, \"").append(module)
                .append("/home\");\n    }\n}\n");
        return s.toString();
    }
}
