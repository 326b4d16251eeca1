package dev.cleave.web.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of the test classpath in a new JVM, for tests that kill it or race it. */
final class ChildJvm {
    private ChildJvm() {
    }

    /** Starts {@code main} with {@code args}; its stderr goes to {@code stderr}, its stdout can be read. */
    static Process start(Class<?> main, Path stderr, String... args) throws IOException {
        return builder(main, stderr, args).start();
    }

    /** Starts {@code main} with {@code args}; its stdout and stderr go to files. */
    static Process start(Class<?> main, Path stderr, Path stdout, String... args) throws IOException {
        return builder(main, stderr, args).redirectOutput(stdout.toFile()).start();
    }

    private static ProcessBuilder builder(Class<?> main, Path stderr, String... args) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(stderr.toFile());
    }

    static String stderrOf(Path stderr) throws IOException {
        return Files.exists(stderr) ? Files.readString(stderr) : "";
    }
}
