package org.example.library.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;

import org.example.library.util.DateUtil;

/** JDBC plumbing: quiet closing and typed parameter binding. */
public final class JdbcUtils {

    private JdbcUtils() {
    }

    public static void closeQuietly(AutoCloseable resource) {
        if (resource != null) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // nothing sensible to do
            }
        }
    }

    public static void close(ResultSet rs, Statement st) {
        closeQuietly(rs);
        closeQuietly(st);
    }

    /** Binds parameters by position; LocalDate becomes a SQL DATE, null a typed NULL. */
    public static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (p instanceof LocalDate) {
                ps.setDate(i + 1, DateUtil.toSql((LocalDate) p));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    public static Long getLongOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static void rollbackQuietly(Connection con) {
        try {
            con.rollback();
        } catch (SQLException ignored) {
            // connection already broken
        }
    }
}
