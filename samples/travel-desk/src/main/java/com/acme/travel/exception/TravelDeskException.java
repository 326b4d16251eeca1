package com.acme.travel.exception;

import org.springframework.http.HttpStatus;

/**
 * Root of the business errors. Carries the HTTP status and the error code the API answers with.
 */
public class TravelDeskException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public TravelDeskException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public HttpStatus getStatus() {
        return status;
    }

    public String getCode() {
        return code;
    }
}
