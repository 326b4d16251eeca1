package org.harbourcity.permits.service;

import javax.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class RecordNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String what, Object key) {
        super(404, "NOT_FOUND", "There is no " + what + " " + key + ".");
    }
}
