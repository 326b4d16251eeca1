package org.harbourcity.permits.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.annotation.sql.DataSourceDefinition;
import javax.ejb.EJBException;
import javax.ejb.Singleton;
import javax.ejb.Startup;
import javax.ejb.TransactionManagement;
import javax.ejb.TransactionManagementType;
import javax.sql.DataSource;

/**
 * Declares the application's data source and, on an empty database (the training server's in-memory one), creates
 * the tables and loads the reference data: sql/schema.sql, then sql/seed.sql.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/permitsDb",
        className = "org.hsqldb.jdbc.JDBCDriver",
        url = "jdbc:hsqldb:mem:permits",
        user = "SA",
        password = "",
        maxPoolSize = 10)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseSetup {

    private static final Logger LOG = Logger.getLogger(DatabaseSetup.class.getName());

    @Resource(lookup = "java:app/jdbc/permitsDb")
    private DataSource dataSource;

    @PostConstruct
    void createIfEmpty() {
        try (Connection con = dataSource.getConnection()) {
            if (hasTable(con.getMetaData(), "PERMIT_APPLICATION")) {
                LOG.info("Permits database found, not touched");
                return;
            }
            run(con, "/sql/schema.sql");
            run(con, "/sql/seed.sql");
            LOG.info("Permits database created and loaded");
        } catch (SQLException | IOException e) {
            throw new EJBException("Could not set up the permits database", e);
        }
    }

    private static boolean hasTable(DatabaseMetaData meta, String table) throws SQLException {
        try (ResultSet rs = meta.getTables(null, null, table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    private static void run(Connection con, String script) throws IOException, SQLException {
        try (Statement st = con.createStatement()) {
            for (String sql : statements(script)) {
                st.execute(sql);
            }
        }
    }

    /** The statements of a script: separated by semicolons at line ends, comment lines skipped. */
    static List<String> statements(String script) throws IOException {
        List<String> statements = new ArrayList<String>();
        InputStream in = DatabaseSetup.class.getResourceAsStream(script);
        if (in == null) {
            throw new IOException("missing " + script);
        }
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
        }
        return statements;
    }
}
