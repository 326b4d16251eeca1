package dev.cleave.analyzer;

import dev.cleave.model.CodeGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each fixture's graph.json equals its golden file {@code src/test/resources/golden/<scenario>.json} byte for
 * byte (with the root folder neutralised). After an intended change, rewrite the golden files with
 * {@code mvn -f analyzer/pom.xml test -Dtest=GoldenGraphTest -Dcleave.updateGolden=true}, then review the diff.
 */
class GoldenGraphTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"generics-substitution", "overloads", "lambdas-and-method-refs", "inner-and-anonymous",
            "static-imports", "inheritance-members", "enums-and-records", "broken-syntax", "not-utf8", "huge-file",
            "call-operations"})
    void graphMatchesGoldenFile(String scenario) throws IOException {
        CodeGraph graph = Fixtures.analyze(scenario);
        String json = Fixtures.neutralJson(graph);
        Path golden = GOLDEN.resolve(scenario + ".json");
        if (Boolean.getBoolean("cleave.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
