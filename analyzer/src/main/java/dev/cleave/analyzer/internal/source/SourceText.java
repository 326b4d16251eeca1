package dev.cleave.analyzer.internal.source;

import dev.cleave.model.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of one source file as read from disk.
 *
 * @param file         the file, absolute
 * @param relativePath path relative to the project root, '/' separators
 * @param text         the decoded text; empty when the file could not be used (too large, unreadable)
 * @param problems     what went wrong while reading (a fallback charset, a skipped file); empty when all is well
 */
public record SourceText(Path file, String relativePath, Optional<String> text, List<Problem> problems) {
    public SourceText {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(text, "text");
        problems = List.copyOf(problems);
    }
}
