package dev.cleave.codegen.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Runs what the deploy package configures: builds a base image tarball from the running JDK, builds a Spring Boot
 * service's image with real Maven and Jib offline from that tarball, unpacks the image into a root directory, starts
 * it with {@code unshare} + {@code chroot} (needs root) and expects 200 from its health endpoint.
 *
 * <p>Maven runs with {@code -o}; on a machine whose local repository lacks Jib or Spring Boot, run once with
 * {@code -Dcleave.it.online=true}.
 */
class ContainerImageIT {
    private static final Path WORK = Path.of("target", "container-image-it").toAbsolutePath();
    private static final Duration MAVEN_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DeployUnit UNIT =
            new DeployUnit("fixture-service", "services/fixture-service", 8080, "/actuator/health", Map.of());

    @AfterAll
    static void cleanUp() throws IOException {
        List<String> mounts = Files.readAllLines(Path.of("/proc/self/mountinfo")).stream()
                .map(line -> line.split(" ")[4]).filter(point -> point.startsWith(WORK.toString())).toList();
        assertThat(mounts).as("mounts left under %s (not deleted)", WORK).isEmpty();
        Processes.deleteTree(WORK);
    }

    @Test
    void imageBuiltOfflineFromALocalBaseServesItsHealthEndpoint() throws Exception {
        assertThat(System.getProperty("user.name")).as("unshare --mount and chroot need root").isEqualTo("root");
        Processes.deleteTree(WORK);
        Path base = BaseImages.buildLocalBase(Path.of(System.getProperty("java.home")), WORK.resolve("base/base.tar"));
        Path project = copyFixture(WORK.resolve("fixture-service"));

        maven(project, "package", "jib:buildTar", "-Djib.disableUpdateChecks=true",
                "-Djib.from.image=tar://" + base, "-DskipTests");

        Path imageTar = project.resolve("target/jib-image.tar");
        assertThat(imageTar).exists();
        Path image = Files.createDirectories(WORK.resolve("image"));
        run(WORK, Duration.ofMinutes(2), "tar", "-xf", imageTar.toString(), "-C", image.toString());
        JsonNode manifest = JSON.readTree(image.resolve("manifest.json").toFile()).get(0);
        JsonNode config = JSON.readTree(image.resolve(manifest.get("Config").asText()).toFile());
        assertThat(manifest.get("RepoTags").toString()).contains("cleave/fixture-service:latest");
        assertThat(config.get("config").get("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(config.get("history").toString()).as("built from the local base").contains("cleave BaseImages");
        assertThat(config.get("created").asText()).startsWith("1970-01-01T00:00:00");

        Path root = Files.createDirectories(WORK.resolve("root"));
        for (JsonNode layer : manifest.get("Layers")) {
            run(WORK, Duration.ofMinutes(2), "tar", "-xf", image.resolve(layer.asText()).toString(), "-C", root.toString());
        }
        int port = freePort();
        Process app = start(root, config.get("config"), port);
        try {
            HttpResponse<String> health = awaitHealth(app, URI.create("http://127.0.0.1:" + port + UNIT.healthPath()));
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
        } finally {
            killTree(app);
        }
    }

    /** Copies the fixture project and writes its pom: the template with JibConfig's plugin element. */
    private static Path copyFixture(Path target) throws IOException, URISyntaxException {
        Path fixture = Path.of(ContainerImageIT.class.getResource("/deploy/fixture-service/pom.template.xml").toURI())
                .getParent();
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(fixture.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Path template = target.resolve("pom.template.xml");
        String pom = Files.readString(template)
                .replace("<!-- cleave:jib-plugin -->\n", JibConfig.pluginXml(UNIT, DeployOptions.defaults()));
        assertThat(pom).contains("<artifactId>jib-maven-plugin</artifactId>");
        Files.writeString(target.resolve("pom.xml"), pom);
        Files.delete(template);
        return target;
    }

    /** Runs Maven in the project, offline unless -Dcleave.it.online=true; Jib's config and caches stay in WORK. */
    private static void maven(Path project, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Processes.onPath("mvn", System.getenv("PATH"))
                .orElseThrow(() -> new AssertionError("mvn is not on the PATH")).toString(), "-B", "-q"));
        if (!Boolean.getBoolean("cleave.it.online")) {
            command.add("-o");
        }
        String repository = System.getProperty("maven.repo.local");
        if (repository != null) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_CONFIG_HOME", WORK.resolve("xdg-config").toString());
        builder.environment().put("XDG_CACHE_HOME", WORK.resolve("xdg-cache").toString());
        run(project, builder, MAVEN_TIMEOUT);
    }

    private static void run(Path dir, Duration timeout, String... command) throws Exception {
        run(dir, new ProcessBuilder(command), timeout);
    }

    private static void run(Path dir, ProcessBuilder builder, Duration timeout) throws Exception {
        Path log = Files.createTempFile(WORK, "process-", ".log");
        Process process = builder.directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                fail("%s did not finish within %s:%n%s", builder.command(), timeout, tail(log));
            }
            assertThat(process.exitValue()).as("%s failed:%n%s", builder.command(), tail(log)).isZero();
        } finally {
            killTree(process);
        }
    }

    /**
     * Starts the image's entrypoint in a private mount namespace: /proc mounted in the root, then chroot. The
     * environment is the image's, plus SERVER_PORT; PATH also finds sh, mount and chroot on the host.
     */
    private static Process start(Path root, JsonNode containerConfig, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of("unshare", "--mount", "--fork", "sh", "-c",
                "mount -t proc proc \"$0/proc\" && exec chroot \"$0\" \"$@\"", root.toString()));
        containerConfig.get("Entrypoint").forEach(part -> command.add(part.asText()));
        Map<String, String> env = new TreeMap<>();
        containerConfig.get("Env").forEach(pair -> {
            String[] kv = pair.asText().split("=", 2);
            env.put(kv[0], kv[1]);
        });
        env.put("SERVER_PORT", Integer.toString(port));
        assertThat(env.get("PATH")).contains("/usr/bin");
        command.set(0, Processes.onPath("unshare", env.get("PATH"))
                .orElseThrow(() -> new AssertionError("unshare is not on the PATH")).toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(WORK.resolve("app.log").toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Polls the URL until it answers 200, the app exits, or the start timeout passes. */
    private static HttpResponse<String> awaitHealth(Process app, URI url) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
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
                app.onExit().get(500, TimeUnit.MILLISECONDS);
                fail("the app exited with status %d:%n%s", app.exitValue(), tail(WORK.resolve("app.log")));
            } catch (TimeoutException stillRunning) {
                // poll again
            }
        }
        return fail("%s did not answer 200 within %s (last: %s):%n%s", url, START_TIMEOUT, last,
                tail(WORK.resolve("app.log")));
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no output)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
