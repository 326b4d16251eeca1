package dev.cleave.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Answers a refused JSON call ({@code /api/...}) the way every other JSON error is answered: HTTP 403 with
 * {@code {"error": "..."}} saying what to do, instead of Spring's generic error body.
 */
final class ApiAccessDenied implements AccessDeniedHandler {
    static final String CSRF_MESSAGE = "this request has no valid CSRF token: reload the page (the session may have"
            + " expired or the wizard restarted); scripts send the token of the page's <meta name=\"_csrf\"> in the"
            + " X-CSRF-TOKEN header, with the session cookie";
    private final ObjectMapper json = new ObjectMapper();

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String message = denied instanceof CsrfException ? CSRF_MESSAGE
                : "this request is not allowed: " + denied.getMessage();
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), Map.of("error", message));
    }
}
