package org.example.library.exception;

/** Base of the application's exceptions; mapped to HTTP 500 unless a subclass says otherwise. */
public class LibraryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }

    /** HTTP status the web tier answers with. */
    public int getHttpStatus() {
        return 500;
    }
}
