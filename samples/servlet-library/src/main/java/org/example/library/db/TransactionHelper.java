package org.example.library.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.example.library.exception.DataAccessException;

/**
 * Hand-rolled container-managed transactions: the connection of the current transaction is kept in
 * a ThreadLocal, DAOs pick it up through {@link #currentConnection()}. Nested calls join the outer
 * transaction (REQUIRED semantics). A runtime exception rolls back.
 */
public final class TransactionHelper {

    private static final Logger LOG = Logger.getLogger(TransactionHelper.class.getName());
    private static final ThreadLocal<Connection> CURRENT = new ThreadLocal<>();

    private TransactionHelper() {
    }

    public static <T> T execute(TransactionCallback<T> work) {
        if (CURRENT.get() != null) {
            return run(work);
        }
        Connection con = ConnectionProvider.getInstance().getConnection();
        CURRENT.set(con);
        try {
            con.setAutoCommit(false);
            T result = run(work);
            con.commit();
            return result;
        } catch (SQLException e) {
            rollback(con);
            throw new DataAccessException("transaction failed", e);
        } catch (RuntimeException e) {
            rollback(con);
            throw e;
        } finally {
            CURRENT.remove();
            JdbcUtils.closeQuietly(con);
        }
    }

    /** The connection of the running transaction, or null outside of one. */
    public static Connection currentConnection() {
        return CURRENT.get();
    }

    /** Safety net for the end of a request: forgets a connection a broken caller left behind. */
    public static void clear() {
        Connection leaked = CURRENT.get();
        if (leaked != null) {
            LOG.warning("transaction left open at end of request; rolling back");
            rollback(leaked);
            JdbcUtils.closeQuietly(leaked);
            CURRENT.remove();
        }
    }

    private static <T> T run(TransactionCallback<T> work) {
        try {
            return work.doInTransaction();
        } catch (SQLException e) {
            throw new DataAccessException("statement failed", e);
        }
    }

    private static void rollback(Connection con) {
        try {
            con.rollback();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "rollback failed", e);
        }
    }
}
