package com.riverside.clinic.controller;

import com.riverside.clinic.service.ClinicException;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Error bodies of the API: {"status": 409, "code": "SLOT_TAKEN", "message": "...", "fields": {...}}.
 */
@ControllerAdvice
@ResponseBody
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    public record ErrorResponse(int status, String code, String message, Map<String, String> fields) {
    }

    @ExceptionHandler(ClinicException.class)
    public ResponseEntity<ErrorResponse> business(ClinicException e) {
        log.info("{} {}: {}", e.getStatus().value(), e.getCode(), e.getMessage());
        return error(e.getStatus(), e.getCode(), e.getMessage(), null);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ErrorResponse> invalid(MethodArgumentNotValidException e) {
        Map<String, String> fields = new TreeMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            fields.merge(error.getField(), error.getDefaultMessage(), (a, b) -> a + "; " + b);
        }
        return error(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "the request has " + fields.size()
                + " invalid field(s)", fields);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, IllegalArgumentException.class})
    public ResponseEntity<ErrorResponse> badRequest(Exception e) {
        String message = e instanceof HttpMessageNotReadableException ? "the request body is not valid JSON"
                : e.getMessage();
        return error(HttpStatus.BAD_REQUEST, "BAD_REQUEST", message, null);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    public ResponseEntity<ErrorResponse> concurrentUpdate(ObjectOptimisticLockingFailureException e) {
        return error(HttpStatus.CONFLICT, "CONCURRENT_UPDATE", "someone else changed this record, reload it", null);
    }

    private static ResponseEntity<ErrorResponse> error(HttpStatus status, String code, String message,
            Map<String, String> fields) {
        return ResponseEntity.status(status).body(new ErrorResponse(status.value(), code, message, fields));
    }
}
