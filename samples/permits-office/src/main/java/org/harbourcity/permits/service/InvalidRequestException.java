package org.harbourcity.permits.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.ejb.ApplicationException;

/**
 * The request itself is incomplete or malformed; every problem found is listed.
 */
@ApplicationException(rollback = true)
public class InvalidRequestException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    public InvalidRequestException(List<String> errors) {
        super(400, "INVALID", errors.size() == 1 ? errors.get(0) : "The request has " + errors.size() + " errors.");
        this.errors = Collections.unmodifiableList(new ArrayList<String>(errors));
    }

    public List<String> getErrors() {
        return errors;
    }

    /** Throws when there is anything in {@code errors}. */
    public static void throwIfAny(List<String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
