package org.example.library.exception;

/** Input that fails a field check. */
public class ValidationException extends LibraryException {

    private static final long serialVersionUID = 1L;

    public ValidationException(String message) {
        super(message);
    }

    @Override
    public int getHttpStatus() {
        return 400;
    }
}
