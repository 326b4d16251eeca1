package dev.cleave.codegen;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Generated jars started as processes on free ports; {@link #close} always stops them all. */
final class RunningSystem implements AutoCloseable {
    private static final List<String> JVM = List.of("-Xmx192m", "-Xss512k", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-XX:CICompilerCount=1", "-Xshare:auto");

    private final Path logs;
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, String> healthPaths = new java.util.HashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    RunningSystem(Path logs) throws IOException {
        this.logs = Files.createDirectories(logs);
    }

    /** A free port, never one handed out before in this JVM ({@link dev.cleave.testing.FreePorts}). */
    static int freePort() throws IOException {
        return dev.cleave.testing.FreePorts.next();
    }

    int port(String name) {
        return ports.get(name);
    }

    void start(String name, Path jar, int port, Map<String, String> env) throws IOException {
        start(name, jar, port, env, name.equals("gateway") ? "/cleave-gateway/actuator/health" : "/actuator/health");
    }

    /** Starts a jar whose health endpoint is {@code health} (a service under the monolith's context path). */
    void start(String name, Path jar, int port, Map<String, String> env, String health) throws IOException {
        healthPaths.put(name, health);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JVM);
        command.addAll(List.of("-jar", jar.toString()));
        // in the system's own folder: files a program keeps relative to its working directory (an H2 database file
        // at ./data) stay with it, never in the module that runs the test
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(logs.toFile())
                .redirectOutput(logs.resolve(name + ".log").toFile());
        builder.environment().putAll(env);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("SERVER_TOMCAT_BASEDIR", logs.resolve("tomcat-" + name).toString());
        ports.put(name, port);
        processes.put(name, builder.start());
    }

    /**
     * Runs a program that serves nothing (the set-up of a server database) to its end; fails when it exits with another
     * code than 0 or outlives {@code timeout}. Its log is {@code <name>.log}, appended to on every run.
     */
    void runToEnd(String name, Path jar, Map<String, String> env, Duration timeout)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JVM);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(logs.toFile())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(name + " still running after " + timeout + ":\n" + tail(name));
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + tail(name));
        }
    }

    /** Stops one started process (and waits for it), keeping the others. */
    void stop(String name) throws InterruptedException {
        Process process = processes.remove(name);
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Polls each started process's health endpoint until all are UP; fails at the deadline or when one exits. */
    void awaitHealthy(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        for (String name : processes.keySet()) {
            while (!healthy(name)) {
                if (!processes.get(name).isAlive()) {
                    throw new AssertionError(name + " exited before it was healthy:\n" + tail(name));
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError(name + " not healthy after " + timeout + ":\n" + tail(name));
                }
                CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS)).join();
            }
        }
    }

    /**
     * Waits until a started process logs that Spring Boot started it ({@code Started <App> in ...}), for applications
     * without a health endpoint (a monolith); fails at the deadline or when it exits.
     */
    void awaitStarted(String name, Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Files.readAllLines(logs.resolve(name + ".log")).stream().noneMatch(l -> l.contains(" Started "))) {
            if (!processes.get(name).isAlive()) {
                throw new AssertionError(name + " exited before it started:\n" + tail(name));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(name + " not started after " + timeout + ":\n" + tail(name));
            }
            CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS)).join();
        }
    }

    /** The body of {@code GET path} on a started process; {@code headers} are name/value pairs. */
    String get(String name, String path, String... headers) throws IOException, InterruptedException {
        return send(name, path, headers).body();
    }

    /** {@code GET path} on a started process; {@code headers} are name/value pairs. */
    HttpResponse<String> send(String name, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port(name) + path))
                .timeout(Duration.ofSeconds(10));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private boolean healthy(String name) {
        try {
            return get(name, healthPaths.get(name)).contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String tail(String name) throws IOException {
        List<String> lines = Files.readAllLines(logs.resolve(name + ".log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() {
        processes.values().forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        });
        processes.values().forEach(p -> {
            try {
                if (!p.waitFor(15, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        });
    }
}
