package org.example.library.exception;

/** A request that is well formed but breaks a library rule (loan limit, holds, blocked account...). */
public class BusinessRuleException extends LibraryException {

    private static final long serialVersionUID = 1L;

    public BusinessRuleException(String message) {
        super(message);
    }

    @Override
    public int getHttpStatus() {
        return 409;
    }
}
