package org.example.library.util;

import java.util.Locale;

/** String helpers of the commons-lang kind, written before we were allowed to add the jar. */
public final class StringUtil {

    private StringUtil() {
    }

    public static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }

    public static boolean isNotBlank(String s) {
        return !isBlank(s);
    }

    public static String trimToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }

    public static String defaultString(String s) {
        return s == null ? "" : s;
    }

    public static String capitalize(String s) {
        if (isBlank(s)) {
            return s;
        }
        String t = s.trim();
        return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }

    public static String leftPad(String s, int size, char pad) {
        StringBuilder sb = new StringBuilder();
        for (int i = defaultString(s).length(); i < size; i++) {
            sb.append(pad);
        }
        return sb.append(defaultString(s)).toString();
    }

    /** Upper-cases and replaces spaces and dashes with underscores: "science fiction" → SCIENCE_FICTION. */
    public static String toConstant(String s) {
        return isBlank(s) ? null : s.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /** Escapes a LIKE pattern and wraps it in %...%. */
    public static String likePattern(String s) {
        String escaped = defaultString(s).trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    public static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
