package dev.cleave.web.project;

import dev.cleave.web.WizardProperties;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder tree the wizard may read and write: the workspace root (monolith folders the user may open) and
 * its {@value #DATA} folder with one folder per project (graph, plan and its history, uploads, generated code).
 */
@Component
public class Workspace {
    static final String DATA = ".cleave-wizard";
    private final Path root;
    private final Path projects;
    private final Path samples;

    public Workspace(WizardProperties properties) {
        try {
            Files.createDirectories(properties.workspace());
            this.root = properties.workspace().toRealPath();
            this.projects = Files.createDirectories(root.resolve(DATA).resolve("projects"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use " + properties.workspace() + " as the wizard's workspace: "
                    + e.getMessage() + "; start the wizard with --workspace <a writable folder>", e);
        }
        Path home = properties.home().isBlank() ? Path.of("").toAbsolutePath() : Path.of(properties.home());
        this.samples = home.resolve("samples");
    }

    public Path root() {
        return root;
    }

    /** The folder of a project's data. */
    public Path projectDir(String id) {
        return projects.resolve(id);
    }

    Path projectsDir() {
        return projects;
    }

    /** Where removed projects go ({@code .cleave-wizard/trash}); may not exist yet. */
    public Path trashDir() {
        return projects.resolveSibling("trash");
    }

    /** The bundled sample monoliths (folders of {@code samples/} holding an {@code expected.json}), by name. */
    public List<String> samples() {
        if (!Files.isDirectory(samples)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(samples)) {
            List<String> names = new ArrayList<>();
            dirs.filter(d -> Files.isRegularFile(d.resolve("expected.json")))
                    .forEach(d -> names.add(d.getFileName().toString()));
            names.sort(null);
            return names;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** @throws IllegalArgumentException when there is no bundled sample of that name */
    public Path sample(String name) {
        if (!samples().contains(name)) {
            throw new IllegalArgumentException("there is no bundled sample '" + name + "': choose one of " + samples());
        }
        return samples.resolve(name);
    }

    /** Folders directly under the workspace root the user may open (the wizard's data folder excluded). */
    public List<String> folders() {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
