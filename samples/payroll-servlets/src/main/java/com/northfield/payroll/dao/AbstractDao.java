package com.northfield.payroll.dao;

import com.northfield.payroll.util.DbUtil;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Base class of the DAOs: the DataSource, the row mapping and the boring JDBC. Every method has a variant
 * taking a Connection, for work that must happen in the caller's transaction.
 *
 * @param <T> the bean a row is mapped to
 */
public abstract class AbstractDao<T> {

    protected final DataSource dataSource;

    protected AbstractDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    protected abstract T map(ResultSet rs) throws SQLException;

    protected List<T> queryList(String sql, Object... params) {
        Connection conn = null;
        try {
            conn = dataSource.getConnection();
            return queryList(conn, sql, params);
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        } finally {
            DbUtil.close(conn);
        }
    }

    protected List<T> queryList(Connection conn, String sql, Object... params) {
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            ps = conn.prepareStatement(sql);
            bind(ps, params);
            rs = ps.executeQuery();
            List<T> result = new ArrayList<T>();
            while (rs.next()) {
                result.add(map(rs));
            }
            return result;
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        } finally {
            DbUtil.close(rs, ps);
        }
    }

    protected T querySingle(String sql, Object... params) {
        List<T> list = queryList(sql, params);
        return list.isEmpty() ? null : list.get(0);
    }

    protected T querySingle(Connection conn, String sql, Object... params) {
        List<T> list = queryList(conn, sql, params);
        return list.isEmpty() ? null : list.get(0);
    }

    /** First column of the first row as a number (counts, sums); zero when there is no row. */
    protected BigDecimal queryNumber(String sql, Object... params) {
        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            conn = dataSource.getConnection();
            ps = conn.prepareStatement(sql);
            bind(ps, params);
            rs = ps.executeQuery();
            BigDecimal value = rs.next() ? rs.getBigDecimal(1) : null;
            return value == null ? BigDecimal.ZERO : value;
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        } finally {
            DbUtil.close(rs, ps, conn);
        }
    }

    protected int update(String sql, Object... params) {
        Connection conn = null;
        try {
            conn = dataSource.getConnection();
            return update(conn, sql, params);
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        } finally {
            DbUtil.close(conn);
        }
    }

    protected int update(Connection conn, String sql, Object... params) {
        PreparedStatement ps = null;
        try {
            ps = conn.prepareStatement(sql);
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        } finally {
            DbUtil.close(ps);
        }
    }

    /** Inserts a row and returns its generated id. */
    protected int insert(Connection conn, String sql, Object... params) {
        PreparedStatement ps = null;
        ResultSet keys = null;
        try {
            ps = conn.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            bind(ps, params);
            ps.executeUpdate();
            keys = ps.getGeneratedKeys();
            if (!keys.next()) {
                throw new SQLException("no key generated");
            }
            return keys.getInt(1);
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        } finally {
            DbUtil.close(keys, ps);
        }
    }

    protected int insert(String sql, Object... params) {
        Connection conn = null;
        try {
            conn = dataSource.getConnection();
            return insert(conn, sql, params);
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        } finally {
            DbUtil.close(conn);
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (p instanceof LocalDate) {
                ps.setDate(i + 1, DbUtil.toSqlDate((LocalDate) p));
            } else if (p instanceof LocalDateTime) {
                ps.setTimestamp(i + 1, Timestamp.valueOf((LocalDateTime) p));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }
}
