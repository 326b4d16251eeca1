package com.acme.travel.exception;

import org.springframework.http.HttpStatus;

public class DuplicateEmailException extends TravelDeskException {

    public DuplicateEmailException(String email) {
        super(HttpStatus.CONFLICT, "DUPLICATE_EMAIL", "A customer with e-mail " + email + " already exists");
    }
}
