package dev.cleave.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real server from the Debian package: never skipped, it fails when PostgreSQL cannot be installed or started. */
class PostgresTest {
    @TempDir
    Path dir;

    @Test
    void servesAThrowawayClusterOnLoopbackAndLeavesNoProcessBehind() throws Exception {
        Postgres postgres = Postgres.start(dir);
        int port;
        ProcessHandle server;
        try {
            port = postgres.port();
            server = ProcessHandle.of(postgres.pid()).orElseThrow();
            assertThat(port).isPositive();
            assertThat(postgres.jdbcUrl("shop")).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/shop");
            assertThat(postgres.folder().toRealPath()).isEqualTo(dir.resolve("postgres").toRealPath());
            assertThat(postgres.query("SHOW listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(postgres.query("SELECT inet_server_addr()")).isEqualTo("127.0.0.1");
            assertThat(postgres.query("SHOW fsync")).isEqualTo("off");
            String sockets = postgres.query("SHOW unix_socket_directories");
            assertThat(sockets).as("in the cluster folder, or none when its path is too long").isIn(
                    postgres.folder().toString(), "");
            if (!sockets.isEmpty()) {
                assertThat(postgres.folder().resolve(".s.PGSQL." + port)).exists();
            }
            assertThat(Path.of("/var/run/postgresql/.s.PGSQL." + port)).doesNotExist();

            postgres.createUser("clerk", "s3cr'et");
            postgres.createDatabase("shop", "clerk");
            assertThat(postgres.query("SELECT rolcanlogin, rolsuper, rolcreatedb, rolcreaterole FROM pg_roles"
                    + " WHERE rolname = 'clerk'")).isEqualTo("t|f|f|f");
            assertThat(postgres.query("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'shop'"))
                    .isEqualTo("clerk");

            postgres.execute("shop", """
                    SET ROLE clerk;
                    CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL);
                    INSERT INTO item VALUES (1, 'anvil'), (2, 'rope');
                    """);
            assertThat(postgres.query("shop", "SELECT count(*) FROM item")).isEqualTo("2");
            assertThat(postgres.query("shop", "SELECT tableowner FROM pg_tables WHERE tablename = 'item'"))
                    .isEqualTo("clerk");
            assertThat(postgres.query("shop", "SELECT id, name FROM item ORDER BY id")).isEqualTo("1|anvil\n2|rope");
            assertThatThrownBy(() -> postgres.execute("shop", "INSERT INTO item VALUES (3, 'ok'); SELECT * FROM nope;"
                    + " INSERT INTO item VALUES (4, 'never')"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"nope\" does not exist");
            assertThat(postgres.query("shop", "SELECT string_agg(id::text, ',' ORDER BY id) FROM item"))
                    .as("ON_ERROR_STOP: the statement after the failing one did not run").isEqualTo("1,2,3");

            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("shop"), "clerk", "s3cr'et");
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT current_user, name FROM item WHERE id = 2")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("clerk");
                assertThat(rows.getString(2)).isEqualTo("rope");
            }
        } finally {
            postgres.close();
        }

        assertThat(server.isAlive() && !zombie(server)).as("postmaster %s still running", server.pid()).isFalse();
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            }
        }).isInstanceOf(ConnectException.class);
        postgres.close(); // twice: nothing happens
        assertThatThrownBy(() -> postgres.query("SELECT 1")).hasMessageContaining("not running");
    }

    @Test
    void runsTwoClustersSideBySideInOneFolder() throws Exception {
        try (Postgres first = Postgres.start(dir); Postgres second = Postgres.start(dir)) {
            assertThat(first.port()).isNotEqualTo(second.port());
            assertThat(second.folder()).isNotEqualTo(first.folder());
            first.createDatabase("only_in_first");
            assertThat(second.query("SELECT count(*) FROM pg_database WHERE datname = 'only_in_first'")).isEqualTo("0");
        }
    }

    private static boolean zombie(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 1).strip().startsWith("Z");
        } catch (java.io.IOException gone) {
            return true;
        }
    }
}
