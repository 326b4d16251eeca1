package dev.cleave.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Sends one step's request, checks its expectations and captures values. */
final class StepExecutor {
    private final HttpClient client;
    private final URI baseUrl;
    private final Variables variables;

    StepExecutor(HttpClient client, URI baseUrl, Variables variables) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.variables = variables;
    }

    StepResult execute(String scenario, int index, JsonNode step) {
        JsonNode request = step.path("request");
        String method = request.path("method").asText("").toUpperCase(Locale.ROOT);
        String label = method + " " + request.path("path").asText("?");
        try {
            label = method + " " + variables.substitute(request.path("path").asText());
            HttpResponse<String> response = send(request, method);
            List<String> failures = check(step.path("expect"), response);
            if (failures.isEmpty()) {
                capture(step.path("capture"), response, failures);
            }
            return new StepResult(scenario, index, label, response.statusCode(), failures, response.body());
        } catch (IOException | RuntimeException e) {
            return new StepResult(scenario, index, label, 0, List.of("request failed: " + e), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new StepResult(scenario, index, label, 0, List.of("interrupted"), "");
        }
    }

    private HttpResponse<String> send(JsonNode request, String method) throws IOException, InterruptedException {
        if (method.isEmpty() || !request.path("path").isTextual()) {
            throw new IllegalArgumentException("a step's request needs \"method\" and \"path\"");
        }
        String path = variables.substitute(request.path("path").asText());
        HttpRequest.Builder builder = HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(Duration.ofSeconds(30));
        boolean hasContentType = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = request.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            hasContentType |= header.getKey().equalsIgnoreCase("Content-Type");
            builder.header(header.getKey(), variables.substitute(header.getValue().asText()));
        }
        JsonNode body = request.get("body");
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
        if (body != null && !body.isNull()) {
            JsonNode resolved = variables.substitute(body);
            publisher = HttpRequest.BodyPublishers.ofString(resolved.isTextual() ? resolved.asText() : resolved.toString());
            if (!hasContentType && !resolved.isTextual()) {
                builder.header("Content-Type", "application/json");
            }
        }
        return client.send(builder.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> check(JsonNode expect, HttpResponse<String> response) {
        List<String> failures = new ArrayList<>();
        if (!expect.path("status").canConvertToInt()) {
            failures.add("the step has no expect.status");
            return failures;
        }
        int status = expect.path("status").asInt();
        if (response.statusCode() != status) {
            failures.add("status: expected " + status + " but was " + response.statusCode());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            String wanted = variables.substitute(header.getValue().asText());
            Optional<String> actual = response.headers().firstValue(header.getKey());
            if (actual.isEmpty() || !actual.get().contains(wanted)) {
                failures.add("header " + header.getKey() + ": expected to contain '" + wanted + "' but was "
                        + actual.orElse("missing"));
            }
        }
        for (JsonNode text : expect.path("bodyContains")) {
            String wanted = variables.substitute(text.asText());
            if (!response.body().contains(wanted)) {
                failures.add("body does not contain '" + wanted + "'");
            }
        }
        if (expect.has("body")) {
            JsonNode actual = parse(response.body());
            if (actual == null) {
                failures.add("body: expected JSON but was not JSON");
            } else {
                JsonMatcher.mismatch(variables.substitute(expect.get("body")), actual).ifPresent(m -> failures.add("body " + m));
            }
        }
        return failures;
    }

    private void capture(JsonNode capture, HttpResponse<String> response, List<String> failures) {
        if (capture.isMissingNode() || capture.isEmpty()) {
            return;
        }
        JsonNode body = parse(response.body());
        for (Iterator<Map.Entry<String, JsonNode>> it = capture.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = body == null ? null : at(body, entry.getValue().asText());
            if (value == null || value.isMissingNode() || value.isNull()) {
                failures.add("capture " + entry.getKey() + ": nothing at '" + entry.getValue().asText() + "'");
            } else {
                variables.put(entry.getKey(), value);
            }
        }
    }

    private static JsonNode at(JsonNode root, String dottedPath) {
        JsonNode node = root;
        for (String part : dottedPath.split("\\.")) {
            node = node.isArray() && part.matches("\\d+") ? node.path(Integer.parseInt(part)) : node.path(part);
        }
        return node;
    }

    private static JsonNode parse(String body) {
        try {
            return body.isBlank() ? null : ScenarioRunner.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
