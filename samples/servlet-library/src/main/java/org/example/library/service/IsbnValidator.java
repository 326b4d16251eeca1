package org.example.library.service;

/** ISBN-10 and ISBN-13 check digits. Hyphens and spaces are ignored. */
public final class IsbnValidator {

    private IsbnValidator() {
    }

    /** Digits only (and a trailing X for ISBN-10). */
    public static String normalize(String isbn) {
        return isbn == null ? "" : isbn.replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isValid(String isbn) {
        String s = normalize(isbn);
        if (s.length() == 13) {
            return isValid13(s);
        }
        return s.length() == 10 && isValid10(s);
    }

    private static boolean isValid13(String s) {
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c)) {
                return false;
            }
            sum += (c - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return sum % 10 == 0;
    }

    private static boolean isValid10(String s) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            int v;
            if (i == 9 && c == 'X') {
                v = 10;
            } else if (Character.isDigit(c)) {
                v = c - '0';
            } else {
                return false;
            }
            sum += v * (10 - i);
        }
        return sum % 11 == 0;
    }
}
