package dev.cleave.maven;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One graph for the whole reactor: the goals run once, in the last module of the build that uses this plugin
 * (so every module is compiled and its dependencies resolved by then), over the top-level project's folder.
 */
final class Reactor {
    static final String PLUGIN_KEY = "dev.cleave:cleave-maven-plugin";

    private final MavenSession session;
    private final MavenProject project;

    Reactor(MavenSession session, MavenProject project) {
        this.session = session;
        this.project = project;
    }

    /** The folder analyzed: the top-level project's base directory (the aggregator in a multi-module build). */
    Path root() {
        MavenProject top = session.getTopLevelProject() != null ? session.getTopLevelProject() : project;
        return top.getBasedir().toPath();
    }

    /** The top-level project's build directory, under which {@code cleave/} goes. */
    Path buildDirectory() {
        MavenProject top = session.getTopLevelProject() != null ? session.getTopLevelProject() : project;
        return Path.of(top.getBuild().getDirectory());
    }

    /** Whether this module is where the reactor's single run happens. */
    boolean runsHere() {
        List<MavenProject> projects = session.getProjects();
        MavenProject last = project;
        for (MavenProject p : projects) {
            if (usesThisPlugin(p)) {
                last = p;
            }
        }
        return projects.size() <= 1 || last == project;
    }

    /** Where the run happens, for the message of the other modules. */
    String runsIn() {
        return session.getProjects().stream().filter(Reactor::usesThisPlugin).reduce((a, b) -> b)
                .map(MavenProject::getArtifactId).orElse(project.getArtifactId());
    }

    private static boolean usesThisPlugin(MavenProject p) {
        return p.getBuildPlugins().stream().map(Plugin::getKey).anyMatch(PLUGIN_KEY::equals);
    }

    /**
     * The compile classpath of every module of the reactor, without the modules' own class folders and jars (their
     * sources are analyzed), in reactor order, existing entries only. Modules whose dependencies were not resolved
     * in this build add nothing.
     */
    List<Path> compileClasspath() {
        Set<Path> own = new LinkedHashSet<>();
        for (MavenProject p : session.getProjects()) {
            own.add(Path.of(p.getBuild().getOutputDirectory()));
            if (p.getArtifact() != null && p.getArtifact().getFile() != null) {
                own.add(p.getArtifact().getFile().toPath());
            }
        }
        Set<Path> entries = new LinkedHashSet<>();
        for (MavenProject p : session.getProjects()) {
            try {
                p.getCompileClasspathElements().stream().map(Path::of)
                        .filter(e -> !own.contains(e) && Files.exists(e)).forEach(entries::add);
            } catch (DependencyResolutionRequiredException e) {
                // not resolved for this module in this build: its libraries are left out
            }
        }
        return List.copyOf(entries);
    }
}
