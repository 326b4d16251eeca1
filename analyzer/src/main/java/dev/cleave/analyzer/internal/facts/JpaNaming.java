package dev.cleave.analyzer.internal.facts;

import java.util.Locale;

/**
 * Table names as the database sees them: schema and quotes removed, Spring Boot's physical naming applied
 * ({@code CamelCaseToUnderscoresNamingStrategy}: an underscore between a lower-case letter or digit and an
 * upper-case letter followed by a lower-case letter or digit, then lower case). Boot applies it to explicit
 * {@code @Table} names too, so it is applied to both.
 */
final class JpaNaming {
    private JpaNaming() {
    }

    /** The table for a name written in SQL or a mapping: no schema, no quotes, lower case. */
    static String table(String written) {
        String name = unquote(written.trim());
        int dot = name.lastIndexOf('.');
        return unquote(dot >= 0 ? name.substring(dot + 1) : name).toLowerCase(Locale.ROOT);
    }

    /** The physical table name Spring Boot derives from an entity or table name. */
    static String physical(String logical) {
        StringBuilder b = new StringBuilder(lastSegment(logical.trim()));
        for (int i = 1; i < b.length() - 1; i++) {
            if (underscoreRequired(b.charAt(i - 1), b.charAt(i), b.charAt(i + 1))) {
                b.insert(i++, '_');
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static String lastSegment(String name) {
        int dot = name.lastIndexOf('.');
        return unquote(dot >= 0 ? name.substring(dot + 1) : unquote(name));
    }

    private static boolean underscoreRequired(char before, char current, char after) {
        return (Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(current)
                && (Character.isLowerCase(after) || Character.isDigit(after));
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && "\"`[".indexOf(name.charAt(0)) >= 0) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }
}
