package com.riverside.clinic.service;

import org.springframework.http.HttpStatus;

/**
 * The one business exception of the application: an HTTP status and an error code the front-end translates.
 */
public class ClinicException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public ClinicException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ClinicException notFound(String what, Object id) {
        return new ClinicException(HttpStatus.NOT_FOUND, "NOT_FOUND", what + " " + id + " does not exist");
    }

    public static ClinicException conflict(String code, String message) {
        return new ClinicException(HttpStatus.CONFLICT, code, message);
    }

    public HttpStatus getStatus() {
        return status;
    }

    public String getCode() {
        return code;
    }
}
