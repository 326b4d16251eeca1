package dev.cleave.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The jars of a Maven monolith's dependencies, asked from Maven itself ({@code dependency:build-classpath}), so
 * that code generation sees what classes inherit from libraries.
 */
public final class MonolithClasspath {
    private static final long TIMEOUT_MINUTES = 10;

    private MonolithClasspath() {
    }

    /**
     * @return the dependency jars, or an empty list when the monolith has no {@code pom.xml}
     * @throws IllegalArgumentException when Maven cannot be run or fails; the message says how to pass the
     *                                  classpath by hand instead
     */
    public static List<Path> resolve(Path monolithRoot) {
        if (!Files.isRegularFile(monolithRoot.resolve("pom.xml"))) {
            return List.of();
        }
        try {
            Path out = Files.createTempFile("cleave-classpath", ".txt");
            try {
                Process process = new ProcessBuilder("mvn", "-q", "-B", "dependency:build-classpath",
                        "-Dmdep.outputFile=" + out.toAbsolutePath(), "-Dmdep.includeScope=runtime")
                        .directory(monolithRoot.toFile()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw failure(monolithRoot, "Maven did not answer within " + TIMEOUT_MINUTES + " minutes");
                }
                if (process.exitValue() != 0) {
                    throw failure(monolithRoot, "'mvn dependency:build-classpath' failed (exit " + process.exitValue() + ")");
                }
                return parse(Files.readString(out, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw failure(monolithRoot, "Maven could not be run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(monolithRoot, "interrupted");
        }
    }

    static List<Path> parse(String classpath) {
        List<Path> jars = new ArrayList<>();
        for (String entry : classpath.trim().split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                jars.add(Path.of(entry.trim()));
            }
        }
        return jars;
    }

    private static IllegalArgumentException failure(Path root, String why) {
        return new IllegalArgumentException("cannot list the dependency jars of " + root + ": " + why
                + ". Build the monolith once with Maven, or pass its jars with --classpath.");
    }
}
