package com.acme.shop.util;

import com.acme.shop.constants.ErrorCodes;
import com.acme.shop.exception.BusinessRuleException;
import java.util.regex.Pattern;

/**
 * Hand-written validation used by services (older than bean validation in this code base).
 */
public final class ValidationUtils {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}$");
    private static final Pattern SKU = Pattern.compile("^[A-Z]{2}-\\d{3,}$");
    private static final Pattern ZIP = Pattern.compile("^\\d{4,5}$");

    private ValidationUtils() {
    }

    public static boolean isValidEmail(String email) {
        return email != null && EMAIL.matcher(email).matches();
    }

    public static boolean isValidSku(String sku) {
        return sku != null && SKU.matcher(sku).matches();
    }

    public static boolean isValidZip(String zip) {
        return zip != null && ZIP.matcher(zip).matches();
    }

    /** Luhn check of a card number; spaces and dashes are ignored. */
    public static boolean isValidLuhn(String cardNumber) {
        String digits = StringUtils.digitsOnly(cardNumber);
        if (digits.length() < 12 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        boolean alternate = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int n = digits.charAt(i) - '0';
            if (alternate) {
                n *= 2;
                if (n > 9) {
                    n -= 9;
                }
            }
            sum += n;
            alternate = !alternate;
        }
        return sum % 10 == 0;
    }

    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new BusinessRuleException(ErrorCodes.VALIDATION_FAILED, message);
        }
    }

    public static void requirePositive(int quantity, String field) {
        require(quantity > 0, field + " must be positive");
    }
}
