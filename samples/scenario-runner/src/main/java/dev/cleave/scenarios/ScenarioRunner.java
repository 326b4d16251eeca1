package dev.cleave.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays the HTTP scenarios of a {@code scenarios.json} file (format: docs/scenarios.md) against a running
 * application and reports every step that did not get the expected response.
 */
public final class ScenarioRunner {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private ScenarioRunner() {
    }

    /** Runs every scenario of the file, in order, against {@code baseUrl} (for example http://localhost:8080). */
    public static ScenarioReport run(URI baseUrl, Path scenariosFile) {
        JsonNode document = readDocument(scenariosFile);
        Variables variables = new Variables();
        StepExecutor executor = new StepExecutor(CLIENT, baseUrl, variables);
        List<StepResult> results = new ArrayList<>();
        for (JsonNode scenario : document.path("scenarios")) {
            String name = scenario.path("name").asText("(unnamed)");
            int index = 0;
            for (JsonNode step : scenario.path("steps")) {
                results.add(executor.execute(name, ++index, step));
            }
        }
        return new ScenarioReport(scenariosFile.toString(), results);
    }

    private static JsonNode readDocument(Path file) {
        JsonNode document;
        try {
            document = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario file " + file.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
        if (document == null || document.path("schemaVersion").asInt() != 1) {
            throw new IllegalArgumentException(file + ": not a scenario file of schemaVersion 1 (see docs/scenarios.md)");
        }
        if (!document.path("scenarios").isArray() || document.path("scenarios").isEmpty()) {
            throw new IllegalArgumentException(file + ": \"scenarios\" must be a non-empty array");
        }
        return document;
    }
}
