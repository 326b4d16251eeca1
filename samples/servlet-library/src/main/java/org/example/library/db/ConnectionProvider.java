package org.example.library.db;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.example.library.exception.DataAccessException;
import org.example.library.util.AppConfig;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Singleton holder of the DataSource. In the WebLogic days this looked up {@code jdbc/LibraryDS};
 * now it builds an H2 data source from {@code library.properties}.
 */
public final class ConnectionProvider {

    private static ConnectionProvider instance;

    private final DataSource dataSource;

    private ConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static synchronized ConnectionProvider getInstance() {
        if (instance == null) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(AppConfig.get("jdbc.url", "jdbc:h2:mem:library;DB_CLOSE_DELAY=-1"));
            ds.setUser(AppConfig.get("jdbc.user", "sa"));
            ds.setPassword(AppConfig.get("jdbc.password", ""));
            instance = new ConnectionProvider(ds);
        }
        return instance;
    }

    public Connection getConnection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DataAccessException("cannot open a connection", e);
        }
    }

    public DataSource getDataSource() {
        return dataSource;
    }
}
