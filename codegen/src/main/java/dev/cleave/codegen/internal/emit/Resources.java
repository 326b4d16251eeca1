package dev.cleave.codegen.internal.emit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the runtime templates shipped in this jar and the monolith's resource files. */
final class Resources {
    static final List<String> RUNTIME = List.of("CallStats", "CallerPathFilter", "CleaveEndpoints",
            "CleaveRuntimeConfiguration", "EventBridge", "FacadeSupport", "LocalSessionScope", "Merge", "Participants",
            "PeerHttp",
            "PeerSecretFilter", "RemoteCalls", "Thrown",
            "Reattach", "RemoteErrorAdvice", "RemoteServiceException", "RpcJson", "TxContext", "TxWorker");

    private Resources() {
    }

    /**
     * A runtime class for the monolith's generation: written against Jakarta EE, its {@code jakarta.servlet} and
     * {@code jakarta.persistence} imports become {@code javax.*} for a monolith before Boot 3.
     */
    static byte[] runtime(String name, boolean jakarta) {
        byte[] source = runtime(name);
        if (jakarta) {
            return source;
        }
        return new String(source, java.nio.charset.StandardCharsets.UTF_8).replace("jakarta.servlet.", "javax.servlet.")
                .replace("jakarta.persistence.", "javax.persistence.").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * A runtime class of the Java EE path: written against Jakarta EE, every Jakarta API it names ({@code ws.rs},
     * {@code jms}, {@code servlet}) becomes {@code javax.*} for an application before Jakarta EE 9.
     */
    static byte[] javaEeRuntime(String name, boolean jakarta) {
        byte[] source = runtime(name);
        if (jakarta) {
            return source;
        }
        String text = new String(source, java.nio.charset.StandardCharsets.UTF_8);
        for (String api : java.util.List.of("servlet", "persistence", "ws.rs", "jms")) {
            text = text.replace("jakarta." + api + ".", "javax." + api + ".");
        }
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] runtime(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/dev/cleave/codegen/runtime/" + name + ".java.txt")) {
            if (in == null) {
                throw new IllegalStateException("runtime template missing from the codegen jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files under {@code dir} as sorted relative paths; empty when it does not exist. */
    static List<String> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
