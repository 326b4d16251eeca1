package com.acme.shop.exception;

import com.acme.shop.constants.ErrorCodes;

/**
 * A customer with that e-mail address is already registered (HTTP 409).
 */
public class DuplicateEmailException extends BusinessRuleException {

    public DuplicateEmailException(String email) {
        super(ErrorCodes.DUPLICATE_EMAIL, "E-mail " + email + " is already registered");
    }
}
