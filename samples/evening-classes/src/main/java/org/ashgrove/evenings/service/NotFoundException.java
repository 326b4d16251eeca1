package org.ashgrove.evenings.service;

/**
 * No record with the id a URL names. {@code mvc-config.xml} maps it to the "notFound" page and a 404.
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, int id) {
        super(what + " " + id + " was not found.");
    }
}
