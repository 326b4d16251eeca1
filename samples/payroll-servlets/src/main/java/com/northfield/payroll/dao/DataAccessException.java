package com.northfield.payroll.dao;

/** An SQLException, unchecked, so that servlets do not have to declare it. */
public class DataAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
