package org.example.library.util;

import java.util.regex.Pattern;

import org.example.library.exception.ValidationException;

/** Input checks shared by servlets and facades. Each throws ValidationException with a message for the user. */
public final class ValidationUtil {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}$");
    private static final Pattern BARCODE = Pattern.compile("^[A-Z]-\\d{4}$");

    private ValidationUtil() {
    }

    public static String required(String value, String field) {
        if (StringUtil.isBlank(value)) {
            throw new ValidationException(field + " is required");
        }
        return value.trim();
    }

    public static long requiredLong(String value, String field) {
        String v = required(value, field);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ValidationException(field + " must be a number: " + v);
        }
    }

    public static Integer optionalInt(String value, String field) {
        if (StringUtil.isBlank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(field + " must be a number: " + value);
        }
    }

    public static String email(String value) {
        String v = required(value, "email");
        if (!EMAIL.matcher(v).matches()) {
            throw new ValidationException("invalid email: " + v);
        }
        return v.toLowerCase(java.util.Locale.ROOT);
    }

    public static String barcode(String value) {
        String v = required(value, "barcode").toUpperCase(java.util.Locale.ROOT);
        if (!BARCODE.matcher(v).matches()) {
            throw new ValidationException("invalid barcode: " + v);
        }
        return v;
    }

    public static void maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new ValidationException(field + " is longer than " + max + " characters");
        }
    }
}
