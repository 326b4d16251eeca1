package org.example.library.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.example.library.db.ConnectionProvider;
import org.example.library.db.JdbcUtils;
import org.example.library.db.TransactionHelper;
import org.example.library.exception.DataAccessException;

/**
 * Template methods for the DAOs. Statements run on the connection of the current transaction
 * (see TransactionHelper) or, outside one, on a fresh auto-commit connection closed afterwards.
 */
public abstract class BaseDao {

    protected <T> List<T> queryForList(String sql, RowMapper<T> mapper, Object... params) {
        Connection con = acquire();
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            ps = con.prepareStatement(sql);
            JdbcUtils.bind(ps, params);
            rs = ps.executeQuery();
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(mapper.mapRow(rs));
            }
            return result;
        } catch (SQLException e) {
            throw new DataAccessException("query failed [" + sql + "]", e);
        } finally {
            JdbcUtils.close(rs, ps);
            release(con);
        }
    }

    /** The single row, or null when there is none. */
    protected <T> T queryForObject(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = queryForList(sql, mapper, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    protected long queryForLong(String sql, Object... params) {
        Long value = queryForObject(sql, rs -> rs.getLong(1), params);
        return value == null ? 0L : value;
    }

    protected int update(String sql, Object... params) {
        Connection con = acquire();
        PreparedStatement ps = null;
        try {
            ps = con.prepareStatement(sql);
            JdbcUtils.bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("update failed [" + sql + "]", e);
        } finally {
            JdbcUtils.closeQuietly(ps);
            release(con);
        }
    }

    /** Runs an INSERT and returns the generated id. */
    protected long insert(String sql, Object... params) {
        Connection con = acquire();
        PreparedStatement ps = null;
        ResultSet keys = null;
        try {
            ps = con.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            JdbcUtils.bind(ps, params);
            ps.executeUpdate();
            keys = ps.getGeneratedKeys();
            if (!keys.next()) {
                throw new SQLException("no generated key");
            }
            return keys.getLong(1);
        } catch (SQLException e) {
            throw new DataAccessException("insert failed [" + sql + "]", e);
        } finally {
            JdbcUtils.close(keys, ps);
            release(con);
        }
    }

    private Connection acquire() {
        Connection tx = TransactionHelper.currentConnection();
        return tx != null ? tx : ConnectionProvider.getInstance().getConnection();
    }

    private void release(Connection con) {
        if (con != TransactionHelper.currentConnection()) {
            JdbcUtils.closeQuietly(con);
        }
    }
}
