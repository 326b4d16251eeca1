package dev.cleave.analyzer.internal.source;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** Locates fixture projects under {@code src/test/resources/fixtures}. */
final class Fixtures {
    private Fixtures() {
    }

    static Path fixture(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The paths relative to root, '/' separators, in the given order. */
    static List<String> relative(Path root, List<Path> paths) {
        return paths.stream().map(p -> SourceFiles.relativePath(root, p)).toList();
    }
}
