package org.example.library.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

import org.example.library.exception.DataAccessException;
import org.example.library.exception.LibraryException;

/**
 * Creates the schema and loads the seed data at start-up ({@code schema.sql}, {@code data.sql}).
 * Drops everything first, so a redeploy starts from the same state.
 */
public final class DatabaseInitializer {

    private static final Logger LOG = Logger.getLogger(DatabaseInitializer.class.getName());

    private DatabaseInitializer() {
    }

    public static void initialize() {
        Connection con = ConnectionProvider.getInstance().getConnection();
        try (Statement st = con.createStatement()) {
            st.execute("DROP ALL OBJECTS");
            int count = runScript(st, "/schema.sql") + runScript(st, "/data.sql");
            LOG.info("database initialized with " + count + " statements");
        } catch (SQLException e) {
            throw new DataAccessException("database initialization failed", e);
        } finally {
            JdbcUtils.closeQuietly(con);
        }
    }

    private static int runScript(Statement st, String resource) throws SQLException {
        int count = 0;
        for (String sql : read(resource).split(";")) {
            String statement = stripComments(sql);
            if (!statement.isEmpty()) {
                st.execute(statement);
                count++;
            }
        }
        return count;
    }

    private static String stripComments(String sql) {
        StringBuilder sb = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.trim().startsWith("--")) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString().trim();
    }

    private static String read(String resource) {
        try (InputStream in = DatabaseInitializer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new LibraryException(resource + " not found on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LibraryException("cannot read " + resource, e);
        }
    }
}
