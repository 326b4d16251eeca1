package dev.cleave.codegen;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation did.
 *
 * @param outputDir the generated system's root
 * @param written   files written because they were new or their bytes changed, relative to {@code outputDir}, sorted
 * @param deleted   files of an earlier generation that this one no longer produces, relative, sorted
 * @param unchanged how many generated files already had the right bytes
 * @param warnings  things a person should look at (shared tables, cross-service writes...), sorted
 */
public record GenerationResult(Path outputDir, List<String> written, List<String> deleted, int unchanged,
                               List<String> warnings) {
    public GenerationResult {
        written = List.copyOf(written);
        deleted = List.copyOf(deleted);
        warnings = List.copyOf(warnings);
    }

    /** True when the output already matched this generation byte for byte. */
    public boolean nothingChanged() {
        return written.isEmpty() && deleted.isEmpty();
    }
}
