package dev.cleave.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code cleave ui}: starts the web wizard (a Spring Boot application of its own, {@code web-ui}) on this machine
 * and waits for it. The CLI stays small; the wizard's jar is built by the {@code ./cleave} launcher.
 */
@Command(name = "ui", mixinStandardHelpOptions = true,
        description = "Starts the web wizard on http://localhost:<port>/ (bound to 127.0.0.1).")
final class UiCommand implements Callable<Integer> {
    static final String JAR = "web-ui/target/cleave-web-ui-exec.jar";

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "<port>",
            description = "HTTP port. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--workspace", paramLabel = "<dir>",
            description = "The only folder the wizard reads projects from and writes to. Default: ~/cleave-workspace.")
    Path workspace;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port " + port + " is not a TCP port: give 1..65535 (0 = any free port)");
        }
        Path folder = workspace == null ? null : workspaceFolder(workspace);
        Path jar = locate();
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString(), "--server.port=" + port));
        String home = System.getProperty("cleave.home");
        if (home != null && !home.isBlank()) {
            command.add("--cleave.home=" + home);
        }
        if (folder != null) {
            command.add("--cleave.workspace=" + folder);
        }
        spec.commandLine().getOut().printf("Starting the wizard on http://localhost:%d/ (Ctrl+C stops it)%n", port);
        spec.commandLine().getOut().flush();
        Process wizard = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(wizard::destroy));
        return wizard.waitFor() == 0 ? 0 : 3;
    }

    /** The workspace folder, made when missing. @throws IllegalArgumentException when it cannot be a folder */
    private static Path workspaceFolder(Path workspace) {
        Path folder = workspace.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--workspace " + folder + " is a file, not a folder: give a folder (it"
                    + " is made when missing)");
        }
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot make the workspace folder " + folder + " (" + e + "): give a"
                    + " folder you can write to", e);
        }
    }

    private static Path locate() {
        String explicit = System.getProperty("cleave.ui.jar");
        String home = System.getProperty("cleave.home");
        Path jar = explicit != null ? Path.of(explicit) : home != null ? Path.of(home).resolve(JAR) : Path.of(JAR);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("the wizard is not built (" + jar + " is missing): run ./cleave ui, or"
                    + " mvn -pl web-ui -am package in Cleave's folder");
        }
        return jar;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
