package com.northfield.payroll.util;

import com.northfield.payroll.dao.DataAccessException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * JDBC odds and ends.
 */
public final class DbUtil {

    private DbUtil() {
    }

    public static void close(AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            if (resource != null) {
                try {
                    resource.close();
                } catch (Exception e) {
                    // ignore, nothing we can do
                }
            }
        }
    }

    public static void rollback(Connection conn) {
        if (conn != null) {
            try {
                conn.rollback();
            } catch (SQLException e) {
                // ignore
            }
        }
    }

    public static Date toSqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    public static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    public static LocalDateTime toLocalDateTime(Timestamp ts) {
        return ts == null ? null : ts.toLocalDateTime();
    }

    public static BigDecimal getMoney(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2);
    }

    /** Integer column that may be NULL. */
    public static Integer getInteger(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Runs an SQL script from the classpath: statements end with a semicolon at the end of a line, lines
     * starting with -- are comments.
     */
    public static int runScript(Connection conn, String resource) {
        List<String> statements = readScript(resource);
        Statement st = null;
        try {
            st = conn.createStatement();
            for (String sql : statements) {
                st.execute(sql);
            }
            return statements.size();
        } catch (SQLException e) {
            throw new DataAccessException("script " + resource + " failed", e);
        } finally {
            close(st);
        }
    }

    static List<String> readScript(String resource) {
        InputStream in = DbUtil.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no such script on the classpath: " + resource);
        }
        List<String> statements = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            StringBuilder current = new StringBuilder();
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                    continue;
                }
                current.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    String sql = current.toString().trim();
                    statements.add(sql.substring(0, sql.length() - 1));
                    current.setLength(0);
                }
            }
            if (current.toString().trim().length() > 0) {
                statements.add(current.toString().trim());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return statements;
    }
}
