package dev.cleave.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Runs one benchmark measurement in a fresh JVM (same JDK and class path as the harness) and reads back the
 * properties file the fork writes: the fork's main class gets {@code args} followed by the path to write. The
 * fork's output goes to {@code <logs>/<id>.log}; the fork never outlives an interrupted harness.
 */
public final class PropertiesFork {
    private PropertiesFork() {
    }

    /**
     * @throws Failure when the fork times out, exits non-zero or writes no result; the message names its log
     */
    public static Properties run(Path logsDir, Class<?> main, List<String> flags, List<String> args, String id,
                                 long timeoutMinutes) throws IOException, InterruptedException, Failure {
        Path logs = Files.createDirectories(logsDir);
        Path outcome = logs.resolve(id + ".properties");
        Path log = logs.resolve(id + ".log");
        Files.deleteIfExists(outcome);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        command.add(outcome.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Thread reaper = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(reaper);
        boolean finished = process.waitFor(timeoutMinutes, TimeUnit.MINUTES);
        Runtime.getRuntime().removeShutdownHook(reaper);
        if (!finished) {
            process.destroyForcibly().waitFor();
            throw new Failure("no result within " + timeoutMinutes + " min; see " + log);
        }
        if (process.exitValue() != 0 || !Files.exists(outcome)) {
            List<String> lines = Files.readAllLines(log);
            String why = lines.stream().filter(l -> l.contains("Exception") || l.contains("Error")).findFirst()
                    .orElse(lines.isEmpty() ? "" : lines.get(lines.size() - 1)).replace('|', '/');
            throw new Failure("exit code " + process.exitValue() + ": " + why + " (see " + log + ")");
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(outcome)) {
            p.load(in);
        }
        return p;
    }

    /** A fork that gave no result. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }
}
