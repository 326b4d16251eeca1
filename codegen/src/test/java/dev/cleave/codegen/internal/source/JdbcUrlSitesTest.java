package dev.cleave.codegen.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The places a servlet application hands a JDBC URL over, and the one change made there. */
class JdbcUrlSitesTest {
    @TempDir
    Path dir;

    private static final String POOL = """
            package shop;

            import java.sql.*;
            import org.h2.jdbcx.JdbcConnectionPool;

            public class Pools {
            	// tabs, odd spacing and comments stay as written
            	static Object pool() {
            		return JdbcConnectionPool.create(
            				"jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1",   "clerk", "till");
            	}
                static Connection direct(String url) throws SQLException {
                    return DriverManager.getConnection(url);
                }
                static void source(org.h2.jdbcx.JdbcDataSource ds, java.util.Properties p) {
                    ds.setURL(p.getProperty("url")); ds.setUser("sa");
                }
                static void notJdbc(StringBuilder b) { b.append("setUrl"); }
            }
            """;

    @Test
    void everyPlaceThatHandsAUrlToJdbcIsFoundWithTheLiteralCredentials() throws IOException {
        SourceType pools = monolith().type("shop.Pools");
        List<JdbcUrlSites.Site> sites = JdbcUrlSites.of(pools);
        assertThat(sites).extracting(JdbcUrlSites.Site::line).containsExactly(9, 13, 16);
        assertThat(sites.get(0)).isEqualTo(new JdbcUrlSites.Site(9, "clerk", "till"));
    }

    @Test
    void theUrlIsWrappedAndEverythingElseStaysByteForByte() throws IOException {
        String rewritten = new String(JdbcUrlSites.rewrite(monolith().type("shop.Pools")), StandardCharsets.UTF_8);
        assertThat(rewritten).isEqualTo(POOL
                .replace("\"jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1\"",
                        "dev.cleave.runtime.LegacyDatabase.url(\"jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1\")")
                .replace("getConnection(url)", "getConnection(dev.cleave.runtime.LegacyDatabase.url(url))")
                .replace("ds.setURL(p.getProperty(\"url\"))",
                        "ds.setURL(dev.cleave.runtime.LegacyDatabase.url(p.getProperty(\"url\")))"));
    }

    private Monolith monolith() throws IOException {
        Path file = dir.resolve("src/main/java/shop/Pools.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, POOL);
        return Monolith.load(dir, List.of());
    }
}
