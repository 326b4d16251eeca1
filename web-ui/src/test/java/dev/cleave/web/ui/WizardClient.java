package dev.cleave.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser-like client of the wizard over real HTTP: its own cookie jar (session), the CSRF token read from a
 * page's meta tag, JSON calls with the token header, form posts with the token field.
 */
final class WizardClient {
    private static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final HttpClient http;
    private String token;

    WizardClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Opens the start page to get a session and its CSRF token. */
    WizardClient open() throws IOException, InterruptedException {
        HttpResponse<String> page = get("/");
        Matcher m = META.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF meta tag on the start page: " + page.statusCode());
        }
        token = m.group(1);
        return this;
    }

    String token() {
        return token;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON POST with the CSRF header (or without it when {@code withToken} is false). */
    Response post(String path, Object body, boolean withToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (withToken) {
            request.header("X-CSRF-TOKEN", token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (IOException e) {
            json = JSON.createObjectNode();
        }
        return new Response(response.statusCode(), json, response.body());
    }

    Response post(String path, Object body) throws IOException, InterruptedException {
        return post(path, body, true);
    }

    /** A form POST (application/x-www-form-urlencoded) with the CSRF field. */
    HttpResponse<String> form(String path, String fields) throws IOException, InterruptedException {
        return formWithToken(token, path, fields);
    }

    /** A form POST with the given CSRF field value (empty: none). */
    HttpResponse<String> formWithToken(String csrf, String path, String fields) throws IOException, InterruptedException {
        String all = fields + (csrf.isEmpty() ? "" : "&_csrf=" + java.net.URLEncoder.encode(csrf,
                java.nio.charset.StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(all)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart upload of one file field named {@code archive}, CSRF token in the query. */
    HttpResponse<String> upload(String fileName, byte[] content) throws IOException, InterruptedException {
        String boundary = "cleave-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"archive\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return http.send(HttpRequest.newBuilder(URI.create(base + "/projects/upload?_csrf="
                        + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    record Response(int status, JsonNode json, String body) {
    }
}
