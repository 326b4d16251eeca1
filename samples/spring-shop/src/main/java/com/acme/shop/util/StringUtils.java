package com.acme.shop.util;

import java.text.Normalizer;
import java.util.Locale;

/**
 * String helpers. Written before we were allowed to use commons-lang; please keep it that way.
 */
public final class StringUtils {

    private StringUtils() {
    }

    public static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }

    public static boolean isNotBlank(String s) {
        return !isBlank(s);
    }

    public static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

    public static String defaultIfBlank(String s, String fallback) {
        return isBlank(s) ? fallback : s;
    }

    /** "Home & Kitchen" becomes "home-kitchen". */
    public static String slugify(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public static String capitalize(String s) {
        if (isBlank(s)) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Keeps the last {@code visible} characters and masks the rest with '*'. */
    public static String mask(String s, int visible) {
        if (s == null || s.length() <= visible) {
            return s;
        }
        return "*".repeat(s.length() - visible) + s.substring(s.length() - visible);
    }

    public static String lastChars(String s, int n) {
        if (s == null) {
            return null;
        }
        return s.length() <= n ? s : s.substring(s.length() - n);
    }

    public static String leftPad(String s, int length, char pad) {
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i < length; i++) {
            sb.append(pad);
        }
        return sb.append(s).toString();
    }

    public static String digitsOnly(String s) {
        return s == null ? "" : s.replaceAll("\\D", "");
    }
}
