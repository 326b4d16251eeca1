package org.harbourcity.permits.util;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Dates typed in by the clerks, always yyyy-mm-dd.
 */
public final class Dates {

    private Dates() {
    }

    /** The date, or null with a message added to {@code errors} when it is missing or malformed. */
    public static LocalDate parse(String text, String field, List<String> errors) {
        if (text == null || text.trim().isEmpty()) {
            errors.add(field + " is required.");
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(field + " must be a date (yyyy-mm-dd).");
            return null;
        }
    }
}
