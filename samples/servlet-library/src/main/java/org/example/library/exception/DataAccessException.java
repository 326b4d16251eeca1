package org.example.library.exception;

import java.sql.SQLException;

/** Wraps an SQLException so DAOs do not leak checked exceptions into the facades. */
public class DataAccessException extends LibraryException {

    private static final long serialVersionUID = 1L;

    public DataAccessException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
