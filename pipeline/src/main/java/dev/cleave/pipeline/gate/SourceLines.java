package dev.cleave.pipeline.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the line where a name first shows in a source file, by a cheap text scan (the graph has type-level edges
 * only). Lines are for display; fingerprints never contain them. Files are read once and cached.
 */
final class SourceLines {
    private final Path root;
    private final Map<String, List<String>> files = new HashMap<>();

    SourceLines(Path root) {
        this.root = root;
    }

    /**
     * The 1-based line of the first mention of {@code word} (as a whole word) outside package and import lines,
     * or 0 when the file cannot be read or has no such line.
     */
    int firstMention(String file, String word, boolean ignoreCase) {
        Pattern pattern = Pattern.compile("\\b" + Pattern.quote(word) + "\\b",
                ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("import ") && !line.startsWith("package ") && pattern.matcher(line).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The line declaring the type {@code simpleName}, or 0. */
    int declaration(String file, String simpleName) {
        Pattern pattern = Pattern.compile("\\b(class|interface|enum|record|@interface)\\s+" + Pattern.quote(simpleName)
                + "\\b");
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    private List<String> lines(String file) {
        return files.computeIfAbsent(file, f -> {
            Path path = root.resolve(f);
            try {
                return Files.isRegularFile(path) ? Files.readAllLines(path, StandardCharsets.UTF_8) : List.of();
            } catch (IOException | java.io.UncheckedIOException e) {
                return List.of();
            }
        });
    }
}
