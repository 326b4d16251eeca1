package dev.cleave.codegen.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Test support for images without Docker: build a service's image tarball with real Maven and Jib from a local base,
 * unpack it, and run it with {@code unshare} + {@code chroot} (as root, which the mounts need) as the image's user on a
 * read-only root with a writable {@code /tmp}, as the Kubernetes manifests run it. Public so that generator tests can run the
 * services they generate; everything it writes stays in the scratch directory it is given.
 */
public final class ContainerImages {
    private static final Duration MAVEN_TIMEOUT = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContainerImages() {
    }

    /**
     * Runs {@code mvn -B -q package jib:buildTar} in the project with {@code -Djib.from.image=tar://<baseTar>}
     * and returns {@code target/jib-image.tar}. Offline when the build running the tests is ({@code cleave.it.maven},
     * which failsafe sets from {@code settings.offline}) unless {@code -Dcleave.it.online=true}; Jib's configuration
     * and cache directories are put under {@code scratch}.
     */
    public static Path buildTar(Path project, Path baseTar, Path scratch) throws Exception {
        List<String> command = new ArrayList<>(List.of(tool("mvn", System.getenv("PATH")).toString(), "-B", "-q"));
        if (offline()) {
            command.add("-o");
        }
        String repository = System.getProperty("maven.repo.local", System.getProperty("cleave.it.repo", ""));
        if (!repository.isBlank() && !repository.contains("${")) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        command.addAll(List.of("package", "jib:buildTar", "-Djib.disableUpdateChecks=true", "-DskipTests",
                "-Djib.from.image=tar://" + baseTar.toAbsolutePath()));
        ProcessBuilder builder = new ProcessBuilder(command);
        jibDirectories(builder, scratch);
        run(project, builder, MAVEN_TIMEOUT, scratch);
        Path image = project.resolve("target/jib-image.tar");
        assertThat(image).as("jib:buildTar output").exists();
        return image;
    }

    /** An image tarball unpacked: its configuration and a root directory with its layers applied in order. */
    public record Unpacked(JsonNode manifest, JsonNode config, Path root, Path scratch) {
        /** The container's environment from the image configuration. */
        public Map<String, String> env() {
            Map<String, String> env = new TreeMap<>();
            config.get("config").get("Env").forEach(pair -> {
                String[] kv = pair.asText().split("=", 2);
                env.put(kv[0], kv[1]);
            });
            return env;
        }

        /** The user the image runs as ({@code 65532:65532}), or "" when its configuration names none (root). */
        public String user() {
            return config.get("config").path("User").asText("");
        }

        /** The image's entrypoint, e.g. {@code java -cp @/app/jib-classpath-file com.example.Main}. */
        public List<String> entrypoint() {
            List<String> entrypoint = new ArrayList<>();
            config.get("config").get("Entrypoint").forEach(part -> entrypoint.add(part.asText()));
            return entrypoint;
        }
    }

    /** Unpacks the image tarball into {@code scratch/image} and its layers into {@code scratch/root}. */
    public static Unpacked unpack(Path imageTar, Path scratch) throws Exception {
        Path image = Files.createDirectories(scratch.resolve("image"));
        Path root = Files.createDirectories(scratch.resolve("root"));
        run(scratch, new ProcessBuilder("tar", "-xf", imageTar.toString(), "-C", image.toString()),
                Duration.ofMinutes(2), scratch);
        JsonNode manifest = JSON.readTree(image.resolve("manifest.json").toFile()).get(0);
        JsonNode config = JSON.readTree(image.resolve(manifest.get("Config").asText()).toFile());
        for (JsonNode layer : manifest.get("Layers")) {
            run(scratch, new ProcessBuilder("tar", "--warning=no-unknown-keyword", "-xf",
                    image.resolve(layer.asText()).toString(), "-C", root.toString()), Duration.ofMinutes(2), scratch);
        }
        return new Unpacked(manifest, config, root, scratch);
    }

    /** A container started by {@link #start}; closing it kills its process tree. */
    public static final class Running implements AutoCloseable {
        private final Process process;
        private final Path log;
        private final int port;

        private Running(Process process, Path log, int port) {
            this.process = process;
            this.log = log;
            this.port = port;
        }

        public int port() {
            return port;
        }

        /**
         * Polls {@code http://127.0.0.1:<port><path>} until it answers 200 and returns that answer; fails when the
         * container exits or the timeout passes, with the container's last output.
         */
        public HttpResponse<String> awaitOk(String path, Duration timeout) throws Exception {
            URI url = URI.create("http://127.0.0.1:" + port + path);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build();
            Instant deadline = Instant.now().plus(timeout);
            String last = "no answer";
            while (Instant.now().isBefore(deadline)) {
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        return response;
                    }
                    last = response.statusCode() + " " + response.body();
                } catch (IOException notYet) {
                    last = notYet.toString();
                }
                try {
                    process.onExit().get(500, TimeUnit.MILLISECONDS);
                    fail("the container exited with status %d:%n%s", process.exitValue(), tail(log));
                } catch (TimeoutException stillRunning) {
                    // poll again
                }
            }
            return fail("%s did not answer 200 within %s (last: %s):%n%s", url, timeout, last, tail(log));
        }

        @Override
        public void close() {
            try {
                killTree(process);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /**
     * Starts the image's entrypoint the way the generated manifests run it: in a private mount namespace, the image's
     * root bind-mounted read-only, a fresh {@code tmpfs} at {@code /tmp}, {@code /proc} mounted, then {@code chroot}
     * as the image's user ({@code User} of its configuration, e.g. {@code 65532:65532}; root when it names none).
     * Setting up the mounts needs root. The environment is the image's plus {@code extraEnv} plus
     * {@code SERVER_PORT} = a free port; the image's {@code PATH} also finds {@code sh}, {@code mount} and
     * {@code chroot} on the host. Output goes to {@code scratch/container.log}.
     */
    public static Running start(Unpacked image, Map<String, String> extraEnv) throws IOException {
        assertThat(System.getProperty("user.name")).as("unshare --mount and chroot need root").isEqualTo("root");
        Map<String, String> env = image.env();
        env.putAll(extraEnv);
        int port = freePort();
        env.put("SERVER_PORT", Integer.toString(port));
        assertThat(image.user()).as("the image's user").matches("[A-Za-z0-9_.:-]*");
        String chroot = image.user().isEmpty() ? "chroot" : "chroot --userspec=" + image.user();
        List<String> command = new ArrayList<>(List.of(tool("unshare", env.get("PATH")).toString(), "--mount",
                "--fork", "sh", "-c", "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\""
                        + " && mount -t tmpfs -o mode=1777 tmpfs \"$0/tmp\" && mount -t proc proc \"$0/proc\""
                        + " && exec " + chroot + " \"$0\" \"$@\"",
                image.root().toString()));
        command.addAll(image.entrypoint());
        Path log = image.scratch().resolve("container.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return new Running(builder.start(), log, port);
    }

    /** Mount points under {@code dir}; a directory must have none before it is deleted. */
    public static List<String> mountsUnder(Path dir) throws IOException {
        return Files.readAllLines(Path.of("/proc/self/mountinfo")).stream()
                .map(line -> line.split(" ")[4]).filter(point -> point.startsWith(dir.toString())).toList();
    }

    private static void run(Path dir, ProcessBuilder builder, Duration timeout, Path scratch) throws Exception {
        Files.createDirectories(scratch);
        Path log = Files.createTempFile(scratch, "process-", ".log");
        Process process = builder.directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                fail("%s did not finish within %s:%n%s", builder.command(), timeout, tail(log));
            }
            assertThat(process.exitValue()).as("%s failed:%n%s", builder.command(), tail(log)).isZero();
        } finally {
            killTree(process);
            Files.delete(log);
        }
    }

    /** Kills the process and everything it started, and waits until they are gone. */
    private static void killTree(Process process) throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new AssertionError("process " + handle.pid() + " did not end", e);
            }
        }
    }

    /** Whether nested Maven builds run offline: as the build running the tests, unless forced online. */
    public static boolean offline() {
        return "offline-true".equals(System.getProperty("cleave.it.maven")) && !Boolean.getBoolean("cleave.it.online");
    }

    /** Jib's configuration and cache directories, under {@code scratch} rather than the user's home. */
    public static void jibDirectories(ProcessBuilder builder, Path scratch) {
        builder.environment().put("XDG_CONFIG_HOME", scratch.resolve("xdg-config").toString());
        builder.environment().put("XDG_CACHE_HOME", scratch.resolve("xdg-cache").toString());
    }

    private static Path tool(String name, String path) {
        return Processes.onPath(name, path).orElseThrow(() -> new AssertionError(name + " is not on the PATH " + path));
    }

    private static int freePort() throws IOException {
        return dev.cleave.testing.FreePorts.next();
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no output)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
