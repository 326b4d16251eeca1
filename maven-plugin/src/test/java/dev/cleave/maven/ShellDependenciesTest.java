package dev.cleave.maven;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin is a thin shell (STYLE.md 10): it reaches Cleave through pipeline/ and model/ and the public option and
 * result and error types of the stages, never an {@code internal} package nor a stage's entry point.
 */
class ShellDependenciesTest {
    private static final Pattern IMPORT = Pattern.compile("^import (dev\\.cleave\\.[\\w.]+)\\.[A-Z]\\w*;",
            Pattern.MULTILINE);
    private static final List<String> ALLOWED = List.of("dev.cleave.pipeline", "dev.cleave.pipeline.gate",
            "dev.cleave.pipeline.report", "dev.cleave.model", "dev.cleave.analyzer", "dev.cleave.splitter",
            "dev.cleave.codegen");
    private static final List<String> ENTRY_POINTS = List.of("dev.cleave.analyzer.Analyzer",
            "dev.cleave.splitter.Splitter", "dev.cleave.codegen.Generator");

    @Test
    void mojosUseOnlyThePipelineTheModelAndPublicTypesOfTheStages() throws IOException {
        Map<String, String> offending = new TreeMap<>();
        int imports = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String pkg = m.group(1);
                    imports++;
                    String type = m.group().substring("import ".length(), m.group().length() - 1);
                    if (!ALLOWED.contains(pkg) || ENTRY_POINTS.contains(type)) {
                        offending.put(file.getFileName() + " " + m.group(), pkg);
                    }
                }
            }
        }
        assertThat(imports).as("Cleave imports scanned").isGreaterThan(20);
        assertThat(offending).isEmpty();
    }
}
