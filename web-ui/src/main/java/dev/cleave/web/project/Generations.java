package dev.cleave.web.project;

import dev.cleave.codegen.GenerationResult;
import dev.cleave.pipeline.Stages;
import dev.cleave.model.AtomicFiles;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generates a project's services from its current plan into the project's {@value #OUTPUT} folder (regenerating
 * rewrites only what changed) and packs them as a zip with stable entry order and times.
 */
@Service
public class Generations {
    static final String OUTPUT = "generated";
    private static final String MARK = "generated.version";
    private static final FileTime EPOCH = FileTime.fromMillis(0);
    private final Projects projects;
    private final Editor editor;
    private final MonolithInputs monolith;

    public Generations(Projects projects, Editor editor, MonolithInputs monolith) {
        this.projects = projects;
        this.editor = editor;
        this.monolith = monolith;
    }

    /**
     * @param planVersion the plan version the code was generated from
     * @param files       generated files, relative paths with '/', sorted
     */
    public record Generated(long planVersion, List<String> files, int written, int deleted) {
    }

    /** Generates from the current plan. @throws dev.cleave.codegen.GenerationException when the plan does not fit */
    public Generated generate(Project project) {
        Path dir = projects.dir(project);
        synchronized (this) {
            Editor.View view = editor.view(project);
            GenerationResult result = Stages.generate(view.graph(), view.plan().plan(), monolith.root(project),
                    dir.resolve(OUTPUT), monolith.classpath(project));
            try {
                AtomicFiles.write(dir.resolve(MARK),
                        Long.toString(view.plan().version()).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot record the generated version in " + dir, e);
            }
            return new Generated(view.plan().version(), files(dir.resolve(OUTPUT)), result.written().size(),
                    result.deleted().size());
        }
    }

    /** The latest generation, when there was one. */
    public Optional<Generated> latest(Project project) {
        Path dir = projects.dir(project);
        Path out = dir.resolve(OUTPUT);
        if (!Files.isDirectory(out) || !Files.isRegularFile(dir.resolve(MARK))) {
            return Optional.empty();
        }
        try {
            long version = Long.parseLong(Files.readString(dir.resolve(MARK)).strip());
            return Optional.of(new Generated(version, files(out), 0, 0));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Writes the generated tree as a zip whose entries sit under {@code <project id>-services/}. */
    public void zip(Project project, OutputStream target) throws IOException {
        Path out = projects.dir(project).resolve(OUTPUT);
        Generated generated = latest(project).orElseThrow(() -> new IllegalStateException(
                "nothing generated yet for '" + project.name() + "': generate the services first"));
        String prefix = project.id() + "-services/";
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            for (String file : generated.files()) {
                ZipEntry entry = new ZipEntry(prefix + file);
                entry.setLastModifiedTime(EPOCH);
                Path path = out.resolve(file);
                zip.putNextEntry(entry);
                Files.copy(path, zip);
                zip.closeEntry();
            }
        }
    }

    private static List<String> files(Path out) {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + out, e);
        }
    }
}
