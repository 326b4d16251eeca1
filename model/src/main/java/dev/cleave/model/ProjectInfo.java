package dev.cleave.model;

import java.util.List;
import java.util.Objects;

/**
 * What was analyzed.
 *
 * @param name        project name (the root folder's name unless a build file names it)
 * @param root        absolute, normalized path of the analyzed folder
 * @param sourceRoots source folders, relative to {@code root} with '/' separators, sorted
 * @param classpath   jars and class folders given for library types, as given
 * @param gitCommits  commits of git history read for co-change edges; 0 when none were read
 */
public record ProjectInfo(String name, String root, List<String> sourceRoots, List<String> classpath, int gitCommits) {
    public ProjectInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
        sourceRoots = sourceRoots.stream().sorted().toList();
        classpath = List.copyOf(classpath);
    }
}
