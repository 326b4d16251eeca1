package dev.cleave.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The model is the contract between stages: it may use the JDK and Jackson, nothing else (STYLE.md §1, §5). */
class ModelDependenciesTest {
    @Test
    void modelSourcesImportOnlyTheJdkAndJackson() throws IOException {
        Path sources = Path.of("src/main/java");
        List<String> offending;
        try (Stream<Path> files = Files.walk(sources)) {
            offending = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import "))
                            .filter(l -> !l.matches("import (static )?(java\\.|com\\.fasterxml\\.jackson\\.|dev\\.cleave\\.model\\.).*"))
                            .map(l -> f + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(offending).isEmpty();
    }
}
