package dev.cleave.web.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleave.web.WizardProperties;
import dev.cleave.model.AtomicFiles;
import dev.cleave.web.upload.SafeUnzip;
import dev.cleave.web.upload.WorkspacePaths;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The projects of the workspace. Each lives in its own folder with a {@code project.json}; the list is read from
 * disk, so a restarted wizard shows every project it had.
 */
@Service
public class Projects {
    private static final String FILE = "project.json";
    private static final int MAX_NAME = 120;
    private final Workspace workspace;
    private final ObjectMapper json;
    private final WizardProperties properties;
    private final Map<String, Read> known = new ConcurrentHashMap<>();

    public Projects(Workspace workspace, ObjectMapper json, WizardProperties properties) {
        this.workspace = workspace;
        this.json = json;
        this.properties = properties;
    }

    /** Every project, by name then id. Folders without a readable {@code project.json} are left out. */
    public List<Project> list() {
        List<Project> all = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(workspace.projectsDir())) {
            for (Path dir : dirs.sorted().toList()) {
                Path file = dir.resolve(FILE);
                if (Files.isRegularFile(file)) {
                    try {
                        all.add(read(file));
                    } catch (RuntimeException | IOException ignored) {
                        // a half-created or hand-edited folder: not a project the wizard can open
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the projects in " + workspace.projectsDir(), e);
        }
        all.sort(Comparator.comparing((Project p) -> p.name().toLowerCase(Locale.ROOT)).thenComparing(Project::id));
        return all;
    }

    /** @throws ProjectNotFoundException when there is no such project */
    public Project get(String id) {
        if (id == null || !Project.ID.matcher(id).matches()) {
            throw new ProjectNotFoundException(String.valueOf(id));
        }
        Path file = workspace.projectDir(id).resolve(FILE);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            known.remove(id);
            throw new ProjectNotFoundException(id);
        }
        if (!attributes.isRegularFile()) {
            known.remove(id);
            throw new ProjectNotFoundException(id);
        }
        // every API call names its project: its file is parsed again only when it changed
        Read cached = known.get(id);
        if (cached != null && cached.modified().equals(attributes.lastModifiedTime())
                && cached.size() == attributes.size()) {
            return cached.project();
        }
        try {
            Project project = read(file);
            known.put(id, new Read(attributes.lastModifiedTime(), attributes.size(), project));
            return project;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A project as read from its file of that time and size. */
    private record Read(FileTime modified, long size, Project project) {
    }

    public Path dir(Project project) {
        return workspace.projectDir(project.id());
    }

    /** Opens a bundled sample (the same project again when it was opened before). */
    public Project fromSample(String sample) {
        Path source = workspace.sample(sample);
        return create(sample, Project.Kind.SAMPLE, source);
    }

    /**
     * Opens a folder under the workspace root (the same project again when it was opened before).
     *
     * @throws IllegalArgumentException naming the folder when it is outside the workspace or not a folder
     */
    public Project fromFolder(String folder, String name) {
        if (folder == null || folder.isBlank()) {
            throw new IllegalArgumentException("give a folder under the workspace " + workspace.root());
        }
        Path source = WorkspacePaths.inside(workspace.root(), folder);
        if (source.startsWith(workspace.root().resolve(Workspace.DATA))) {
            throw new IllegalArgumentException(folder + " is the wizard's own data folder: choose a monolith's folder");
        }
        return create(name == null || name.isBlank() ? source.getFileName().toString() : name,
                Project.Kind.FOLDER, source);
    }

    /**
     * Unpacks an uploaded zip of a monolith's sources into a new project. The upload is bounded in size, entries,
     * unpacked bytes and compression ratio; entries may not leave the project's folder and may not be links.
     *
     * @throws dev.cleave.web.upload.UnsafeArchiveException naming the entry when the archive is refused
     * @throws IllegalArgumentException saying what to zip when the archive is empty or holds no {@code .java} file;
     *                                  in every failure nothing of the project is left behind
     */
    public Project fromUpload(String fileName, InputStream zip, String name) throws IOException {
        String shown = name == null || name.isBlank() ? stripZip(fileName) : name;
        String id = newId(shown);
        Path dir = Files.createDirectories(workspace.projectDir(id));
        boolean done = false;
        try {
            Path upload = dir.resolve("upload.zip");
            copyBounded(zip, upload);
            Path unpacked = dir.resolve("source");
            SafeUnzip.Result result = SafeUnzip.unzip(upload, unpacked, SafeUnzip.Limits.DEFAULTS);
            Files.delete(upload);
            requireJava(unpacked, result);
            Project project = new Project(id, shown, Project.Kind.UPLOAD, SafeUnzip.projectRoot(unpacked));
            write(project);
            done = true;
            return project;
        } finally {
            if (!done) {
                FileSystemUtils.deleteRecursively(dir);
            }
        }
    }

    /**
     * Takes a project off the list. Nothing is deleted: its folder (plan history, uploads, generated code) moves
     * to the workspace's trash, {@code .cleave-wizard/trash/<id>-<n>}, from where it can be moved back by hand.
     *
     * @return where the project's data now is
     */
    public Path remove(String id) throws IOException {
        Project project = get(id);
        Path trash = Files.createDirectories(workspace.trashDir());
        Path target = trash.resolve(project.id());
        for (int n = 2; Files.exists(target); n++) {
            target = trash.resolve(project.id() + "-" + n);
        }
        return Files.move(dir(project), target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** An upload the analyzer could do nothing with is refused here, with advice about what to zip. */
    private static void requireJava(Path unpacked, SafeUnzip.Result result) throws IOException {
        if (result.files() == 0) {
            throw new IllegalArgumentException("the zip is empty: zip the monolith's project folder, the one that"
                    + " contains src/ (for example: zip -r shop.zip shop), and upload that");
        }
        try (Stream<Path> files = Files.walk(unpacked)) {
            if (files.noneMatch(f -> f.getFileName().toString().endsWith(".java") && Files.isRegularFile(f))) {
                throw new IllegalArgumentException("the zip holds no .java files (" + result.files() + " other"
                        + (result.files() == 1 ? " file" : " files") + "): zip the project folder that contains"
                        + " src/ with the Java sources, not a build output (.jar, .war, target/) or a single file,"
                        + " and upload that");
            }
        }
    }

    private void copyBounded(InputStream in, Path target) throws IOException {
        long limit = properties.uploadLimit().toBytes();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (var out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw new IllegalArgumentException("the upload is larger than " + limit / (1024 * 1024)
                            + " MiB: zip only the sources (no build output or .git), or start the wizard with"
                            + " --cleave.upload-limit=<size>");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** The project of a sample or folder that was opened before, or a new one. */
    private Project create(String name, Project.Kind kind, Path source) {
        for (Project existing : list()) {
            if (existing.kind() == kind && existing.source().equals(source)) {
                return existing;
            }
        }
        Project project = new Project(newId(name), clean(name), kind, source);
        write(project);
        return project;
    }

    private synchronized String newId(String name) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = "project";
        }
        slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
        String id = slug;
        for (int n = 2; Files.exists(workspace.projectDir(id)); n++) {
            id = slug + "-" + n;
        }
        try {
            Files.createDirectories(workspace.projectDir(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the project folder " + workspace.projectDir(id), e);
        }
        return id;
    }

    private static String clean(String name) {
        String n = name.strip().replaceAll("\\p{Cntrl}", " ");
        return n.length() > MAX_NAME ? n.substring(0, MAX_NAME) : n;
    }

    private static String stripZip(String fileName) {
        String n = fileName == null ? "upload" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        return n.toLowerCase(Locale.ROOT).endsWith(".zip") ? n.substring(0, n.length() - 4) : n;
    }

    private void write(Project project) {
        known.remove(project.id());
        ObjectNode node = json.createObjectNode();
        node.put("id", project.id());
        node.put("name", clean(project.name()));
        node.put("kind", project.kind().name().toLowerCase(Locale.ROOT));
        node.put("source", project.source().toString());
        try {
            AtomicFiles.write(workspace.projectDir(project.id()).resolve(FILE),
                    json.writerWithDefaultPrettyPrinter().writeValueAsString(node).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the project " + project.id() + ": " + e.getMessage(), e);
        }
    }

    private Project read(Path file) throws IOException {
        JsonNode node = json.readTree(file.toFile());
        return new Project(node.path("id").asText(), node.path("name").asText(),
                Project.Kind.valueOf(node.path("kind").asText().toUpperCase(Locale.ROOT)),
                Path.of(node.path("source").asText()));
    }

}
