package dev.cleave.analyzer.internal.facts;

import static dev.cleave.analyzer.internal.facts.XmlDocs.descendants;

import dev.cleave.analyzer.internal.source.SourceLayout;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.w3c.dom.Element;

/**
 * The project files a Spring bean file imports ({@code <import resource>}): relative to the importing file (a
 * leading slash ignored, as Spring does), or {@code classpath:}/{@code classpath*:} against the source roots and
 * the {@code resources} folders beside them. A wildcard is allowed in the file name. Placeholders, {@code file:}
 * and URL locations, and files outside the project are left out.
 */
final class SpringImports {
    private static final long MAX_BYTES = 8L << 20;
    private final Path root;
    private final List<Path> classpath = new ArrayList<>();

    SpringImports(SourceLayout layout) {
        root = layout.root();
        for (Path sourceRoot : layout.sourceRoots()) {
            classpath.add(sourceRoot);
            Path parent = sourceRoot.getParent();
            if (parent != null && Files.isDirectory(parent.resolve("resources"))) {
                classpath.add(parent.resolve("resources"));
            }
        }
    }

    /** Files the bean file imports, in document order, absolute and normalized. */
    List<Path> of(Path file, Element beans) {
        List<Path> found = new ArrayList<>();
        for (Element imp : descendants(beans, "import")) {
            if (!Objects.equals(imp.getNamespaceURI(), beans.getNamespaceURI())) {
                continue;
            }
            String resource = imp.getAttribute("resource").trim();
            if (resource.isEmpty() || resource.contains("${")) {
                continue;
            }
            if (resource.startsWith("classpath:") || resource.startsWith("classpath*:")) {
                String path = strip(resource.substring(resource.indexOf(':') + 1));
                classpath.forEach(cp -> found.addAll(matching(cp, path)));
            } else if (!resource.contains(":")) {
                found.addAll(matching(file.getParent(), strip(resource)));
            }
        }
        return found;
    }

    private List<Path> matching(Path base, String path) {
        Path candidate = base.resolve(path).normalize();
        String name = candidate.getFileName() == null ? "" : candidate.getFileName().toString();
        Path dir = candidate.getParent();
        if (dir == null || dir.toString().contains("*") || !candidate.startsWith(root)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        if (name.contains("*") || name.contains("?")) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, name)) {
                files.forEach(f -> found.add(f.toAbsolutePath().normalize()));
            } catch (IOException e) {
                return List.of();
            }
            found.sort(null);
        } else {
            found.add(candidate);
        }
        return found.stream().filter(SpringImports::readable).toList();
    }

    private static boolean readable(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) <= MAX_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    private static String strip(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p;
    }
}
