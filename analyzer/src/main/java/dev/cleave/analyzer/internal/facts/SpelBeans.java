package dev.cleave.analyzer.internal.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Bean references ({@code @name}, {@code @'a.name'}) in Spring Expression Language text. A reference is an
 * {@code @} outside the expression's string literals ({@code '...'}, {@code "..."}) that neither follows a name
 * character, a dot or another {@code @} (mail addresses such as {@code admin@example.com}) nor precedes one
 * ({@code @@}), followed by a bean name. Pure text functions; codegen keeps the same rule in its own copy.
 */
final class SpelBeans {
    private SpelBeans() {
    }

    /** The bean names an expression refers to, once per mention, in text order. */
    static List<String> inExpression(String spel) {
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < spel.length()) {
            char c = spel.charAt(i);
            if (c == '\'' || c == '"') {
                i = afterString(spel, i);
            } else if (c == '@' && isReference(spel, i)) {
                int end = nameEnd(spel, i + 1);
                String name = spel.charAt(i + 1) == '\'' ? spel.substring(i + 2, Math.max(i + 2, end - 1))
                        : spel.substring(i + 1, end);
                if (!name.isBlank()) {
                    names.add(name);
                }
                i = end;
            } else {
                i += c == '@' && i + 1 < spel.length() && spel.charAt(i + 1) == '@' ? 2 : 1;
            }
        }
        return names;
    }

    /** The bean names the {@code #{...}} templates of a value refer to (text outside them is no expression). */
    static List<String> inTemplates(String value) {
        List<String> names = new ArrayList<>();
        int start = value.indexOf("#{");
        while (start >= 0) {
            int end = templateEnd(value, start + 2);
            names.addAll(inExpression(value.substring(start + 2, end)));
            start = value.indexOf("#{", end);
        }
        return names;
    }

    private static boolean isReference(String s, int at) {
        if (at + 1 >= s.length() || s.charAt(at + 1) == '@') {
            return false;
        }
        char before = at == 0 ? ' ' : s.charAt(at - 1);
        if (Character.isJavaIdentifierPart(before) || before == '.' || before == '@') {
            return false;
        }
        char next = s.charAt(at + 1);
        return next == '\'' || Character.isJavaIdentifierStart(next);
    }

    /** The index after a bean name that starts at {@code from} (a quoted name includes its quotes). */
    private static int nameEnd(String s, int from) {
        if (s.charAt(from) == '\'') {
            int close = s.indexOf('\'', from + 1);
            return close < 0 ? s.length() : close + 1;
        }
        int i = from;
        while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index after a string literal that opens at {@code at}; a doubled quote is an escaped one. */
    static int afterString(String s, int at) {
        char quote = s.charAt(at);
        int i = at + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    /** The index of the brace that closes a template whose expression starts at {@code from} (else the end). */
    private static int templateEnd(String s, int from) {
        int depth = 0;
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                i = afterString(s, i);
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
            i++;
        }
        return s.length();
    }
}
