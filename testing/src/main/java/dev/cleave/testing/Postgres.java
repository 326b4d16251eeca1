package dev.cleave.testing;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests: a fresh cluster of the Debian package's binaries (the highest major under
 * {@code /usr/lib/postgresql}) in a test's folder, listening on 127.0.0.1 on a free port, with the superuser
 * {@value #SUPERUSER} and trust authentication (every role logs in with any password, or none). Installs the Debian
 * package {@code postgresql} with apt when it is missing (as root); when the server still cannot start the test fails,
 * it is never skipped.
 *
 * <pre>{@code
 * try (Postgres postgres = Postgres.start(tempDir)) {
 *     postgres.createUser("shop", "secret");
 *     postgres.createDatabase("shop", "shop");
 *     postgres.execute("shop", "CREATE TABLE item (id int PRIMARY KEY); INSERT INTO item VALUES (1)");
 *     assertThat(postgres.query("shop", "SELECT count(*) FROM item")).isEqualTo("1");
 *     DriverManager.getConnection(postgres.jdbcUrl("shop"), "shop", "secret"); // the driver is the caller's
 * }
 * }</pre>
 *
 * <p>The cluster lives in the folder {@code postgres} of the given folder ({@code postgres-2}... when taken): the
 * data directory {@code data}, the server log {@code server.log} and the Unix socket, so nothing is written to
 * {@code /var/run/postgresql} (TCP only when that folder's path is too long for a socket). Statements run through
 * the installation's {@code psql} with {@code ON_ERROR_STOP}: this module does not need a JDBC driver.
 *
 * <p>initdb refuses to run as root. When the JVM runs as root, initdb, pg_ctl and so the server run as the
 * {@code postgres} system user of the Debian package (through {@code setpriv}); the cluster folder is then owned by
 * it. For that user to reach the folder, the given folder gets the others' search bit (x, not r) when its parent is
 * reachable already, which is the case of JUnit's {@code @TempDir} under {@code /tmp}; no other folder is ever
 * changed. When the given folder lies under a private path (say {@code /root/...}), the cluster goes to a new
 * folder {@code cleave-postgres-*} in the temp folder ({@code java.io.tmpdir}, else {@code /tmp} or
 * {@code /var/tmp}), {@code postgres} in the given folder is a symbolic link to it, and {@link #close()} deletes it.
 *
 * <p>{@link #close()} stops the server ({@code pg_ctl stop -m fast}, then {@code -m immediate}, then SIGKILL). Should
 * the test never close it, a shutdown hook does when the JVM exits, and a watchdog shell that outlives a killed JVM
 * stops it (immediate mode) once the JVM is gone: no postgres process is left behind.
 */
public final class Postgres implements AutoCloseable {
    /** The cluster's superuser, also the system user the server runs as when the JVM is root. */
    public static final String SUPERUSER = "postgres";
    /** The only address the server listens on. */
    public static final String HOST = "127.0.0.1";

    private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
    private static final List<String> TOOLS = List.of("initdb", "pg_ctl", "postgres", "psql", "pg_isready");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STATEMENT_TIMEOUT = Duration.ofMinutes(5);
    private static final int SOCKET_PATH_MAX = 107;
    private static final int LOG_LINES = 40;
    /** $1: the JVM's pid, $2: a folder to delete ("" for none), then the command that stops the server. */
    private static final String WATCHDOG = "jvm=$1; own=$2; shift 2;"
            + " while kill -0 \"$jvm\" 2>/dev/null; do sleep 1; done;"
            + " \"$@\"; if [ -n \"$own\" ]; then rm -rf -- \"$own\"; fi";

    private final Path bin;
    private final Path folder;
    private final Path link;
    private final List<String> asOwner;
    private final Thread hook;
    private final Process watchdog;
    private int port;
    private ProcessHandle server;
    private boolean closed;

    /** {@code link}: the symbolic link to a cluster folder made outside the given folder, else null. */
    private Postgres(Path bin, Path folder, Path link, List<String> asOwner) throws IOException {
        this.bin = bin;
        this.folder = folder;
        this.link = link;
        this.asOwner = asOwner;
        this.hook = new Thread(this::closeQuietly, "postgres-stop-" + folder.getFileName());
        Runtime.getRuntime().addShutdownHook(hook);
        // survives a JVM killed by SIGKILL (no shutdown hook runs then): stops the server once the JVM is gone
        List<String> watch = new ArrayList<>(List.of("sh", "-c", WATCHDOG, "postgres-watchdog",
                Long.toString(ProcessHandle.current().pid()), link == null ? "" : folder.toString()));
        watch.addAll(asOwner);
        watch.addAll(List.of(tool("pg_ctl"), "stop", "-D", data().toString(), "-m", "immediate", "-w"));
        this.watchdog = new ProcessBuilder(watch).directory(new File("/"))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * Creates a cluster in {@code dir} (a test's temp folder, made when missing), starts it and waits until it
     * accepts connections (60 s at most). Fails with the server log's last lines when it does not start.
     */
    public static Postgres start(Path dir) throws IOException, InterruptedException {
        Path bin = installation();
        List<String> asOwner = isRoot()
                ? List.of("setpriv", "--reuid=" + SUPERUSER, "--regid=" + SUPERUSER, "--init-groups", "--")
                : List.of();
        Files.createDirectories(dir);
        Path clusterDir = dir.toAbsolutePath().normalize();
        Path link = null;
        Path folder;
        if (asOwner.isEmpty()) {
            folder = Files.createDirectory(freeName(clusterDir));
        } else {
            UserPrincipalLookupService users = FileSystems.getDefault().getUserPrincipalLookupService();
            UserPrincipal owner;
            GroupPrincipal group;
            try {
                owner = users.lookupPrincipalByName(SUPERUSER);
                group = users.lookupPrincipalByGroupName(SUPERUSER);
            } catch (UserPrincipalNotFoundException e) {
                throw new IllegalStateException("the JVM runs as root and initdb refuses root, but there is no '"
                        + SUPERUSER + "' system user to run PostgreSQL as (the Debian package postgresql-common makes"
                        + " it: apt-get install -y postgresql)", e);
            }
            if (!reachable(asOwner, clusterDir) && clusterDir.getParent() != null
                    && reachable(asOwner, clusterDir.getParent())) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(clusterDir);
                permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(clusterDir, permissions);
            }
            if (reachable(asOwner, clusterDir)) {
                folder = Files.createDirectory(freeName(clusterDir));
            } else {
                folder = Files.createTempDirectory(temporaryRoot(asOwner, clusterDir), "cleave-postgres-");
                link = Files.createSymbolicLink(freeName(clusterDir), folder);
            }
            PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
            view.setOwner(owner);
            view.setGroup(group);
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        Postgres postgres = new Postgres(bin, folder, link, asOwner);
        try {
            postgres.initialize();
            postgres.launch();
            return postgres;
        } catch (IOException | InterruptedException | RuntimeException e) {
            try {
                postgres.close();
            } catch (RuntimeException stop) {
                e.addSuppressed(stop);
            }
            throw e;
        }
    }

    /** The TCP port the server listens on, on {@link #HOST}. */
    public int port() {
        return port;
    }

    /**
     * The JDBC URL of a database of this server. Connect as {@value #SUPERUSER} or as a role made with
     * {@link #createUser}; trust authentication accepts any password.
     */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/"
                + URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The cluster folder: {@code data}, {@code server.log} and the Unix socket. */
    public Path folder() {
        return folder;
    }

    /** The server's log. */
    public Path log() {
        return folder.resolve("server.log");
    }

    /** The process id of the server (the postmaster). */
    public long pid() {
        return server.pid();
    }

    /** Creates a database owned by the superuser. Names are quoted: they keep their case. */
    public void createDatabase(String name) throws IOException, InterruptedException {
        execute("CREATE DATABASE " + identifier(name));
    }

    /** Creates a database owned by {@code owner} (a role made with {@link #createUser}). */
    public void createDatabase(String name, String owner) throws IOException, InterruptedException {
        execute("CREATE DATABASE " + identifier(name) + " OWNER " + identifier(owner));
    }

    /**
     * Creates a login role, no superuser, owning nothing, with that password (none when null). Trust authentication
     * does not check it: it is there for code that sends one.
     */
    public void createUser(String name, String password) throws IOException, InterruptedException {
        execute("CREATE ROLE " + identifier(name) + " LOGIN"
                + (password == null ? "" : " PASSWORD " + literal(password)));
    }

    /** Runs SQL (one or more statements) as the superuser in the database {@value #SUPERUSER}. */
    public void execute(String sql) throws IOException, InterruptedException {
        psql(SUPERUSER, sql);
    }

    /**
     * Runs SQL (one or more statements, each in its own transaction unless it says otherwise) as the superuser in a
     * database; the first failing statement stops the script and fails with psql's message. What it creates belongs
     * to the superuser: a script that starts with {@code SET ROLE someone;} creates as that role instead.
     */
    public void execute(String database, String sql) throws IOException, InterruptedException {
        psql(database, sql);
    }

    /** {@link #query(String, String)} in the database {@value #SUPERUSER}. */
    public String query(String sql) throws IOException, InterruptedException {
        return psql(SUPERUSER, sql);
    }

    /**
     * What SQL returns, run as the superuser in a database: for one row of one column its value as psql prints it
     * ({@code "t"} for true, {@code ""} for NULL); rows are separated by new lines and columns by {@code |}.
     */
    public String query(String database, String sql) throws IOException, InterruptedException {
        return psql(database, sql);
    }

    /**
     * Stops the server: {@code pg_ctl stop -m fast}, then {@code -m immediate}, then SIGKILL; fails when a postgres
     * process is still there. Deletes the cluster folder only when it was made outside the given folder (and the link
     * to it); else the test's temp folder cleanup does.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
            watchdog.destroy();
            if (link != null) {
                deleteTree(folder);
                try {
                    Files.deleteIfExists(link);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not delete " + link, e);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL " + bin.getParent().getFileName() + " on " + HOST + ":" + port + " in " + folder;
    }

    private Path data() {
        return folder.resolve("data");
    }

    private String tool(String name) {
        return bin.resolve(name).toString();
    }

    private void initialize() throws IOException, InterruptedException {
        Result initdb = run(asOwner, STATEMENT_TIMEOUT, null, tool("initdb"), "-D", data().toString(),
                "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");
        if (initdb.exit != 0) {
            throw new IllegalStateException("initdb failed (exit " + initdb.exit + ") in " + data() + ":\n"
                    + initdb.output());
        }
        String socket = folder.toString();
        boolean socketFits = socket.length() + "/.s.PGSQL.65535.lock".length() <= SOCKET_PATH_MAX
                && !socket.contains(",") && !socket.contains("'");
        String settings = "\n# dev.cleave.testing.Postgres: a throwaway test server\n"
                + "listen_addresses = '" + HOST + "'\n"
                + "unix_socket_directories = '" + (socketFits ? socket : "") + "'\n"
                + "shared_buffers = 16MB\n"
                + "max_connections = 50\n"
                + "fsync = off\n"
                + "synchronous_commit = off\n"
                + "full_page_writes = off\n";
        Files.writeString(data().resolve("postgresql.conf"), settings, StandardOpenOption.APPEND);
    }

    /** Starts on a free port, again on another one (three tries) when another process took it meanwhile. */
    private void launch() throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            port = freePort();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            Result started = run(asOwner, START_TIMEOUT.plusSeconds(30), null, tool("pg_ctl"), "start",
                    "-D", data().toString(), "-l", log().toString(), "-w",
                    "-t", Long.toString(START_TIMEOUT.toSeconds()), "-o", "-p " + port);
            if (started.exit != 0) {
                String log = logTail();
                stop();
                if (attempt < 3 && log.contains("could not bind")) {
                    continue;
                }
                throw new IllegalStateException("PostgreSQL did not start in " + folder + " (pg_ctl exit "
                        + started.exit + "): " + started.output().strip() + "\nlast lines of " + log() + ":\n" + log);
            }
            server = postmaster().orElseThrow(() -> new IllegalStateException("pg_ctl started PostgreSQL in "
                    + folder + " but no server process is in " + data().resolve("postmaster.pid") + "\nlast lines of "
                    + log() + ":\n" + logTail()));
            while (true) {
                Result ready = run(List.of(), Duration.ofSeconds(15), null, tool("pg_isready"), "-q", "-h", HOST,
                        "-p", Integer.toString(port), "-U", SUPERUSER, "-d", SUPERUSER, "-t", "5");
                if (ready.exit == 0) {
                    return;
                }
                if (System.nanoTime() > deadline || !alive(server)) {
                    throw new IllegalStateException("PostgreSQL in " + folder + " does not accept connections on "
                            + HOST + ":" + port + " (pg_isready exit " + ready.exit + ")\nlast lines of " + log()
                            + ":\n" + logTail());
                }
                Thread.sleep(100);
            }
        }
    }

    private String psql(String database, String sql) throws IOException, InterruptedException {
        if (server == null || closed) {
            throw new IllegalStateException(this + " is not running");
        }
        Result result = run(List.of(), STATEMENT_TIMEOUT, sql, tool("psql"), "-X", "-q", "-A", "-t",
                "-v", "ON_ERROR_STOP=1", "-h", HOST, "-p", Integer.toString(port), "-U", SUPERUSER, "-d", database,
                "-f", "-");
        if (result.exit != 0) {
            throw new IllegalStateException("psql failed (exit " + result.exit + ") in database " + database + ": "
                    + result.output().strip() + "\nSQL: "
                    + (sql.length() > 2000 ? sql.substring(0, 2000) + "..." : sql));
        }
        return result.out.strip();
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            System.err.println("could not stop " + this + ": " + e.getMessage());
        }
    }

    private void stop() {
        if (postmaster().isEmpty() && (server == null || !alive(server))) {
            return;
        }
        for (String mode : List.of("fast", "immediate")) {
            try {
                run(asOwner, Duration.ofSeconds(45), null, tool("pg_ctl"), "stop", "-D", data().toString(),
                        "-m", mode, "-w", "-t", "30");
            } catch (IOException | RuntimeException e) {
                // pg_ctl could not run or timed out: the next mode, or SIGKILL
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!running()) {
                return;
            }
        }
        for (ProcessHandle process : Stream.concat(postmaster().stream(), Optional.ofNullable(server).stream())
                .toList()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (running() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (running()) {
            throw new IllegalStateException("PostgreSQL in " + folder + " survived pg_ctl stop -m immediate and"
                    + " SIGKILL");
        }
    }

    private boolean running() {
        return (server != null && alive(server)) || postmaster().filter(Postgres::alive).isPresent();
    }

    /** The server process named by postmaster.pid, when it is this installation's postgres (not a reused pid). */
    private Optional<ProcessHandle> postmaster() {
        Path pidFile = data().resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
            Path binary = bin.resolve("postgres").toRealPath();
            return ProcessHandle.of(Long.parseLong(first)).filter(Postgres::alive)
                    .filter(process -> process.info().command().map(Path::of).filter(binary::equals).isPresent());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Alive and not a zombie (a dead server whose parent has not reaped it yet). */
    private static boolean alive(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String state = stat.substring(stat.lastIndexOf(')') + 1).strip();
            return !state.startsWith("Z") && !state.startsWith("X");
        } catch (IOException e) {
            return false;
        }
    }

    private String logTail() {
        try {
            List<String> lines = Arrays.asList(new String(Files.readAllBytes(log()), StandardCharsets.UTF_8)
                    .split("\n"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The bin folder of the highest PostgreSQL major installed, installed with apt when there is none. */
    private static Path installation() throws IOException, InterruptedException {
        Optional<Path> bin = newestInstallation();
        if (bin.isPresent()) {
            return bin.get();
        }
        String how = "install it as root: apt-get update && apt-get install -y postgresql";
        if (!isRoot()) {
            throw new IllegalStateException("PostgreSQL is not installed (no " + INSTALLATIONS + "/<major>/bin with "
                    + String.join(", ", TOOLS) + ") and the JVM is not root to install it: " + how);
        }
        Path aptLog = Path.of(System.getProperty("java.io.tmpdir"), "cleave-apt.log");
        for (List<String> command : List.of(List.of("apt-get", "update"),
                List.of("apt-get", "install", "-y", "postgresql"))) {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(aptLog.toFile()));
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed (see " + aptLog + "): " + how);
            }
        }
        return newestInstallation().orElseThrow(() -> new IllegalStateException("PostgreSQL is still missing from "
                + INSTALLATIONS + " after apt-get install postgresql (see " + aptLog + "): " + how));
    }

    private static Optional<Path> newestInstallation() throws IOException {
        if (!Files.isDirectory(INSTALLATIONS)) {
            return Optional.empty();
        }
        try (Stream<Path> majors = Files.list(INSTALLATIONS)) {
            return majors.filter(major -> major.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .map(major -> major.resolve("bin"))
                    .filter(bin -> TOOLS.stream().allMatch(tool -> Files.isExecutable(bin.resolve(tool))))
                    .max(Comparator.comparing(bin -> Runtime.Version.parse(bin.getParent().getFileName().toString())));
        }
    }

    private static boolean isRoot() throws IOException {
        return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    }

    /** Whether the postgres user can reach and search the folder (every folder above it included). */
    private static boolean reachable(List<String> asOwner, Path dir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(asOwner);
        command.addAll(List.of("test", "-x", dir.toString()));
        return run(List.of(), Duration.ofSeconds(30), null, command.toArray(String[]::new)).exit == 0;
    }

    private static Path temporaryRoot(List<String> asOwner, Path dir) throws IOException, InterruptedException {
        for (String candidate : List.of(System.getProperty("java.io.tmpdir"), "/tmp", "/var/tmp")) {
            Path path = Path.of(candidate).toAbsolutePath();
            if (Files.isDirectory(path) && reachable(asOwner, path)) {
                return path;
            }
        }
        throw new IllegalStateException("the JVM runs as root, so PostgreSQL runs as the '" + SUPERUSER + "' user, who"
                + " can reach neither " + dir + " nor a temp folder (java.io.tmpdir, /tmp, /var/tmp)");
    }

    private static Path freeName(Path dir) {
        Path name = dir.resolve("postgres");
        for (int i = 2; Files.exists(name, LinkOption.NOFOLLOW_LINKS); i++) {
            name = dir.resolve("postgres-" + i);
        }
        return name;
    }

    private static int freePort() throws IOException {
        return FreePorts.next(InetAddress.getByName(HOST));
    }

    private static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + root, e);
        }
    }

    private record Result(int exit, String out, String err) {
        String output() {
            return (out + (out.isEmpty() || err.isEmpty() ? "" : "\n") + err).strip();
        }
    }

    /**
     * Runs a command, its standard input {@code input} (none when null), the {@code PG*} variables of the JVM's
     * environment left out so that they cannot point it elsewhere.
     */
    private static Result run(List<String> prefix, Duration timeout, String input, String... command)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(prefix);
        line.addAll(List.of(command));
        Path out = Files.createTempFile("cleave-postgres-", ".out");
        Path err = Files.createTempFile("cleave-postgres-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(line).redirectOutput(out.toFile()).redirectError(err.toFile());
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(name -> name.startsWith("PG"));
            environment.put("PGCONNECT_TIMEOUT", "10");
            builder.directory(new File("/")); // the JVM's folder may be closed to the postgres user
            Process process = builder.start();
            try (OutputStream stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the command exited before reading its input: its exit code and output tell why
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", line) + " did not finish within "
                        + timeout.toSeconds() + " s: "
                        + new String(Files.readAllBytes(err), StandardCharsets.UTF_8).strip());
            }
            return new Result(process.exitValue(), new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
                    new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
