package org.harbourcity.permits.service;

import javax.ejb.ApplicationException;

/**
 * A rule of the office said no. Rolls the caller's transaction back; the REST layer answers with the status and
 * the code (409 for a wrong state, 422 for a rule).
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public BusinessException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int getStatus() {
        return status;
    }

    public String getCode() {
        return code;
    }
}
