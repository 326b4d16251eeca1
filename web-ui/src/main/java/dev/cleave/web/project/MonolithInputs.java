package dev.cleave.web.project;

import dev.cleave.pipeline.MonolithClasspath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a project's monolith is and which dependency jars it builds with, as the generation step and the readiness
 * check on the proposal page read them. Asking Maven for the jars takes seconds, so the answer is kept per project
 * until its {@code pom.xml} changes or it is analyzed again.
 */
@Component
public class MonolithInputs {
    private static final Logger LOG = LoggerFactory.getLogger(MonolithInputs.class);
    private final Map<String, Jars> jars = new ConcurrentHashMap<>();

    /** The monolith's root folder: the project's sources. */
    public Path root(Project project) {
        return project.source();
    }

    /**
     * The monolith's dependency jars, or an empty list when it has no {@code pom.xml} or Maven could not list them:
     * the stages then ask Maven themselves and report, in their own words, why they cannot.
     */
    public List<Path> classpath(Project project) {
        Path pom = root(project).resolve("pom.xml");
        FileTime stamp = modified(pom);
        if (stamp == null) {
            return List.of();
        }
        Jars cached = jars.get(project.id());
        if (cached != null && cached.stamp().equals(stamp) && cached.root().equals(root(project))) {
            return cached.jars();
        }
        try {
            List<Path> resolved = MonolithClasspath.resolve(root(project));
            jars.put(project.id(), new Jars(root(project), stamp, resolved));
            return resolved;
        } catch (IllegalArgumentException e) {
            LOG.info("dependency jars of {} not listed: {}", project.id(), e.getMessage());
            return List.of();
        }
    }

    /**
     * The jars Maven listed for the project before (for its generation), else an empty list: never runs Maven. For
     * what runs without the user asking, on projects whose pom nobody here vouched for (uploads).
     */
    public List<Path> knownClasspath(Project project) {
        Jars cached = jars.get(project.id());
        FileTime stamp = modified(root(project).resolve("pom.xml"));
        return cached != null && cached.stamp().equals(stamp) && cached.root().equals(root(project))
                ? cached.jars() : List.of();
    }

    /** Forgets the jars of a project (after a new analysis). */
    public void forget(Project project) {
        jars.remove(project.id());
    }

    private static FileTime modified(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private record Jars(Path root, FileTime stamp, List<Path> jars) {
        Jars {
            Objects.requireNonNull(stamp, "stamp");
            jars = List.copyOf(jars);
        }
    }
}
