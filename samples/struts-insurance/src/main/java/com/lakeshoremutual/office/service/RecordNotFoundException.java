package com.lakeshoremutual.office.service;

/**
 * A record asked for by id that does not exist; struts-config.xml maps it to the 404 page.
 */
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String what, Object id) {
        super("No " + what + " with id " + id);
    }
}
