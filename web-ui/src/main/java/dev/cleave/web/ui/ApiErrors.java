package dev.cleave.web.ui;

import dev.cleave.model.ModelFormatException;
import dev.cleave.splitter.SplitException;
import dev.cleave.web.project.Editor;
import dev.cleave.web.project.ProjectNotFoundException;
import dev.cleave.web.store.StalePlanException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.LinkedHashMap;
import java.util.Map;

/** Errors of the JSON calls as {@code {"error": "..."}} with a status that says whose fault it is. */
@RestControllerAdvice(assignableTypes = PlanApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiErrors {
    @ExceptionHandler(StalePlanException.class)
    ResponseEntity<Map<String, Object>> stale(StalePlanException e) {
        Map<String, Object> body = body(e.getMessage());
        body.put("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @ExceptionHandler(ProjectNotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(ProjectNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(body(e.getMessage()));
    }

    @ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class, ModelFormatException.class,
            Editor.NotAnalyzedException.class, SplitException.class})
    ResponseEntity<Map<String, Object>> badRequest(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(body(e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(body("the request body is not the JSON this call expects: " + e.getMostSpecificCause().getMessage()));
    }

    private static Map<String, Object> body(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        return body;
    }
}
