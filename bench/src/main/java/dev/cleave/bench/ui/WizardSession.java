package dev.cleave.bench.ui;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One user of the wizard over HTTP, as a browser tab is: its own connection, cookie jar (so its own session) and
 * CSRF token, read from the start page's {@code <meta name="_csrf">} and sent as {@code X-CSRF-TOKEN} on every
 * POST. Not thread-safe: one per client thread.
 */
final class WizardSession {
    private static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final String base;
    private final HttpClient http;
    private String token;

    WizardSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    }

    /** Opens the start page for a session and its CSRF token. */
    WizardSession open() throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/")).GET());
        Matcher m = META.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            throw new IOException("GET / gave HTTP " + page.statusCode() + " without a CSRF meta tag");
        }
        token = m.group(1);
        return this;
    }

    /** {@code GET path}. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "application/json"));
    }

    /** {@code POST path} with a JSON body and the session's CSRF token. */
    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-CSRF-TOKEN", token));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }
}
