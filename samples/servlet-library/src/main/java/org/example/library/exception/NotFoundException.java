package org.example.library.exception;

/** A requested record does not exist. */
public class NotFoundException extends LibraryException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public int getHttpStatus() {
        return 404;
    }
}
