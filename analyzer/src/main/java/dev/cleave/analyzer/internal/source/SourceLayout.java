package dev.cleave.analyzer.internal.source;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a project keeps its sources. Found without configuration: Maven and Gradle layouts (also multi-module),
 * plain {@code src} trees, WAR/EAR layouts; test sources only when asked for.
 *
 * @param root            the project root, absolute and normalized
 * @param name            project name (from the build file when it names one, else the folder name)
 * @param sourceRoots     source folders (absolute), sorted
 * @param javaFiles       Java files under them (absolute), sorted
 * @param descriptorFiles deployment descriptors and mapping files that carry facts (web.xml, ejb-jar.xml,
 *                        struts-config.xml, Spring XML, MyBatis mapper XML, persistence/orm XML...), sorted
 */
public record SourceLayout(Path root, String name, List<Path> sourceRoots, List<Path> javaFiles,
                           List<Path> descriptorFiles) {
    public SourceLayout {
        sourceRoots = List.copyOf(sourceRoots);
        javaFiles = List.copyOf(javaFiles);
        descriptorFiles = List.copyOf(descriptorFiles);
    }

    /**
     * @throws dev.cleave.analyzer.AnalyzerException when root is missing, not a folder, or holds no Java sources
     */
    public static SourceLayout discover(Path root, boolean includeTests) {
        return SourceDiscovery.discover(root, includeTests);
    }
}
