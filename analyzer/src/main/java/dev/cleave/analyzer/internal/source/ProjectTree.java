package dev.cleave.analyzer.internal.source;

import dev.cleave.analyzer.AnalyzerException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Java and XML files of a project tree, build output and tool folders left out. Symbolic links are not
 * followed (no cycles); unreadable folders are skipped.
 */
record ProjectTree(List<Path> javaFiles, List<Path> xmlFiles) {
    private static final Set<String> NEVER = Set.of("target", "node_modules");
    /** Output folders of Gradle, Ant and IDEs: skipped when they sit beside a build file or at the root. */
    private static final Set<String> OUTPUT = Set.of("build", "out", "bin", "classes");
    private static final Set<String> BUILD_FILES = Set.of("pom.xml", "build.gradle", "build.gradle.kts",
            "build.xml", "settings.gradle", "settings.gradle.kts", ".project");

    static ProjectTree scan(Path root) {
        List<Path> java = new ArrayList<>();
        List<Path> xml = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(root) || !skipped(root, dir) ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile() && name.endsWith(".java")) {
                        java.add(file);
                    } else if (attrs.isRegularFile() && name.endsWith(".xml") && !name.equals("pom.xml")) {
                        xml.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new AnalyzerException("cannot read the project folder " + root + ": " + e.getMessage(), e);
        }
        return new ProjectTree(List.copyOf(java), List.copyOf(xml));
    }

    private static boolean skipped(Path root, Path dir) {
        String name = dir.getFileName().toString();
        if (name.startsWith(".") || NEVER.contains(name)) {
            return true;
        }
        return OUTPUT.contains(name) && (dir.getParent().equals(root) || isModule(dir.getParent()));
    }

    /** Whether the folder holds a build or IDE project file. */
    static boolean isModule(Path dir) {
        return BUILD_FILES.stream().anyMatch(f -> Files.isRegularFile(dir.resolve(f)));
    }
}
