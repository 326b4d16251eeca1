package dev.cleave.analyzer.internal.source;

import dev.cleave.analyzer.AnalyzerException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds a project's source roots without configuration. Every Java file's root is inferred from its
 * {@code package} declaration (the folder minus the package path), so Maven and Gradle layouts at any depth,
 * plain {@code src} trees, bare package trees and WAR/EAR layouts are all handled the same way. Build output
 * ({@code target/}, {@code build/}...), hidden folders and {@code node_modules/} are never entered; test roots
 * ({@link TestSources}) are dropped unless asked for.
 */
final class SourceDiscovery {
    private SourceDiscovery() {
    }

    static SourceLayout discover(Path root, boolean includeTests) {
        Path base = checkedRoot(root);
        ProjectTree tree = ProjectTree.scan(base);
        Map<Path, List<Path>> filesByRoot = new TreeMap<>();
        for (Path file : tree.javaFiles()) {
            Path sourceRoot = PackageDeclaration.sourceRoot(file);
            if (includeTests || !TestSources.isTest(base, sourceRoot)) {
                filesByRoot.computeIfAbsent(sourceRoot, r -> new ArrayList<>()).add(file);
            }
        }
        if (filesByRoot.isEmpty()) {
            throw new AnalyzerException("no Java sources found under " + base + ": point Cleave at the project "
                    + "folder that contains src/ or the packages");
        }
        List<Path> javaFiles = filesByRoot.values().stream().flatMap(List::stream).sorted().toList();
        List<Path> descriptors = tree.xmlFiles().stream()
                .filter(f -> includeTests || !TestSources.isTest(base, f.getParent()))
                .filter(DescriptorKinds::carriesFacts)
                .sorted().toList();
        return new SourceLayout(base, ProjectName.of(base), List.copyOf(filesByRoot.keySet()), javaFiles,
                descriptors);
    }

    private static Path checkedRoot(Path root) {
        Path base = root.toAbsolutePath().normalize();
        if (!Files.exists(base)) {
            throw new AnalyzerException("the project folder " + base + " does not exist: check the path");
        }
        if (!Files.isDirectory(base)) {
            throw new AnalyzerException(base + " is a file, not a folder: point Cleave at the project folder "
                    + "that contains src/ or the packages");
        }
        if (Files.isSymbolicLink(base)) {
            // a link to the project: its folder is read (walking the link itself finds nothing)
            try {
                return base.toRealPath();
            } catch (java.io.IOException e) {
                throw new AnalyzerException("cannot follow the link " + base + ": " + e.getMessage(), e);
            }
        }
        return base;
    }
}
