package dev.cleave.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
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
    private ScenarioRunner() {
    }

    /**
     * Runs every scenario of the file, in order, against {@code baseUrl} (for example http://localhost:8080), as one
     * browser would: redirects are not followed (a step sees them), cookies are kept for the whole run (a session
     * started by one step is the session of the next), and {@code ${baseUrl}} names the base URL without its
     * trailing slash (a redirect's {@code Location} must point at it, not at another host or port).
     */
    public static ScenarioReport run(URI baseUrl, Path scenariosFile) {
        JsonNode document = readDocument(scenariosFile);
        Variables variables = new Variables();
        variables.put("baseUrl", TextNode.valueOf(baseUrl.toString().replaceAll("/+$", "")));
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        StepExecutor executor = new StepExecutor(client, baseUrl, variables);
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
