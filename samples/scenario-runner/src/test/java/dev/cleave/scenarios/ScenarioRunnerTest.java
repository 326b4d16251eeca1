package dev.cleave.scenarios;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Replays scenario files against a real HTTP server on loopback: a tiny in-memory customer store. */
class ScenarioRunnerTest {
    private HttpServer server;
    private URI base;
    private final ConcurrentHashMap<Integer, String> customers = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(41);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/customers", this::handle);
        server.createContext("/session", this::session);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (exchange.getRequestMethod().equals("POST")) {
            int id = ids.incrementAndGet();
            String name = body.replaceAll("(?s).*\"name\"\\s*:\\s*\"([^\"]*)\".*", "$1");
            customers.put(id, name);
            respond(exchange, 201, "{\"id\":" + id + ",\"name\":\"" + name + "\",\"tags\":[\"new\"],\"type\":\""
                    + exchange.getRequestHeaders().getFirst("Content-Type") + "\"}");
        } else {
            int id = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
            String name = customers.get(id);
            respond(exchange, name == null ? 404 : 200, name == null ? "{\"error\":\"not found\"}"
                    : "{\"id\":" + id + ",\"name\":\"" + name + "\",\"balance\":2.0}");
        }
    }

    /** POST sets a cookie and redirects (absolute Location); GET answers with the cookie it got. */
    private void session(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().add("Set-Cookie", "SESSION=abc123; Path=/");
            exchange.getResponseHeaders().add("Location", base + "/session");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        } else {
            String cookie = String.valueOf(exchange.getRequestHeaders().getFirst("Cookie"));
            respond(exchange, 200, "{\"cookie\":\"" + cookie + "\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Path write(Path dir, String json) throws IOException {
        return Files.writeString(dir.resolve("scenarios.json"), json);
    }

    @Test
    void capturedValuesFlowIntoLaterStepsAndSubsetMatchingPasses(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                {"schemaVersion": 1, "scenarios": [{"name": "create then read", "steps": [
                  {"request": {"method": "POST", "path": "/api/customers", "body": {"name": "Ada"}},
                   "expect": {"status": 201, "body": {"name": "Ada", "tags": ["new"], "type": "application/json", "id": "${any}"}},
                   "capture": {"customerId": "id", "firstTag": "tags.0"}},
                  {"request": {"method": "GET", "path": "/api/customers/${customerId}"},
                   "expect": {"status": 200, "body": {"id": "${customerId}", "balance": 2},
                              "bodyContains": ["Ada"], "headers": {"Content-Type": "json"}}}
                ]}]}
                """);
        ScenarioReport report = ScenarioRunner.run(base, file);
        report.assertAllPassed();
        assertThat(report.steps()).hasSize(2).allMatch(StepResult::passed);
    }

    @Test
    void everyMismatchIsReportedWithItsPath(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                {"schemaVersion": 1, "scenarios": [{"name": "wrong", "steps": [
                  {"request": {"method": "POST", "path": "/api/customers", "body": {"name": "Bob"}},
                   "expect": {"status": 200, "body": {"name": "Alice", "tags": []}}},
                  {"request": {"method": "GET", "path": "/api/customers/999"},
                   "expect": {"status": 404, "body": {"error": "${any}", "code": "${any}"}}}
                ]}]}
                """);
        ScenarioReport report = ScenarioRunner.run(base, file);
        assertThat(report.allPassed()).isFalse();
        assertThat(report.failures()).hasSize(2);
        assertThat(report.failures().get(0).failures())
                .containsExactly("status: expected 200 but was 201", "body $.name: expected \"Alice\" but was \"Bob\"");
        assertThat(report.failures().get(1).failures()).containsExactly("body $.code: expected \"${any}\" but was missing");
        assertThatThrownBy(report::assertAllPassed).isInstanceOf(AssertionError.class)
                .hasMessageContaining("2 of 2 scenario steps failed").hasMessageContaining("wrong / step 1");
    }

    @Test
    void anUnreachableServerFailsTheStepInsteadOfThrowing(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                {"schemaVersion": 1, "scenarios": [{"name": "down", "steps": [
                  {"request": {"method": "GET", "path": "/api/customers/1"}, "expect": {"status": 200}}]}]}
                """);
        server.stop(0);
        ScenarioReport report = ScenarioRunner.run(base, file);
        assertThat(report.failures()).singleElement().satisfies(s -> assertThat(s.failures().get(0)).startsWith("request failed"));
    }

    @Test
    void aFileOfAnotherFormatIsRejected(@TempDir Path dir) throws IOException {
        Path file = write(dir, "{\"scenarios\": []}");
        assertThatThrownBy(() -> ScenarioRunner.run(base, file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schemaVersion 1");
    }

    @Test
    void cookiesLastForTheRunAndRedirectsAreCheckedAgainstTheBaseUrl(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                {"schemaVersion": 1, "scenarios": [{"name": "session", "steps": [
                  {"request": {"method": "POST", "path": "/session"},
                   "expect": {"status": 302, "headers": {"Location": "${baseUrl}/session"}}},
                  {"request": {"method": "GET", "path": "/session"},
                   "expect": {"status": 200, "body": {"cookie": "SESSION=abc123"}}}]}]}
                """);

        ScenarioRunner.run(base, file).assertAllPassed();
        assertThat(ScenarioRunner.run(URI.create("http://localhost:" + base.getPort()), file).allPassed())
                .as("a redirect naming 127.0.0.1 while the run's base URL names localhost").isFalse();
    }
}
