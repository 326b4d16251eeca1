package dev.cleave.codegen.internal.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Bean references ({@code @name}, {@code @'a.name'}) in Spring Expression Language text, with the member each one
 * reaches: the analyzer's rule (its {@code SpelBeans}; codegen may not depend on the analyzer's internals). A
 * reference is an {@code @} outside string literals that neither follows a name character, a dot or an {@code @}
 * (mail addresses) nor precedes an {@code @}, followed by a bean name.
 */
final class SpelBeans {
    /**
     * One mention of a bean.
     *
     * @param bean   the bean name
     * @param member the method or property that follows ({@code isOwner} of {@code @ownership.isOwner(#id)}), or ""
     * @param call   whether the member is called (else a property is read)
     */
    record Use(String bean, String member, boolean call) {
    }

    private SpelBeans() {
    }

    /** The beans a whole expression refers to, once per mention, in text order. */
    static List<Use> inExpression(String spel) {
        List<Use> uses = new ArrayList<>();
        int i = 0;
        while (i < spel.length()) {
            char c = spel.charAt(i);
            if (c == '\'' || c == '"') {
                i = afterString(spel, i);
            } else if (c == '@' && isReference(spel, i)) {
                i = use(spel, i + 1, uses);
            } else {
                i += c == '@' && i + 1 < spel.length() && spel.charAt(i + 1) == '@' ? 2 : 1;
            }
        }
        return uses;
    }

    /** The beans the {@code #{...}} templates of a value refer to (text outside them is no expression). */
    static List<Use> inTemplates(String value) {
        List<Use> uses = new ArrayList<>();
        int start = value.indexOf("#{");
        while (start >= 0) {
            int end = templateEnd(value, start + 2);
            uses.addAll(inExpression(value.substring(start + 2, end)));
            start = value.indexOf("#{", end);
        }
        return uses;
    }

    /** Reads the name starting at {@code from} and the member after it; returns the index after the name. */
    private static int use(String s, int from, List<Use> uses) {
        int end;
        String name;
        if (s.charAt(from) == '\'') {
            int close = s.indexOf('\'', from + 1);
            end = close < 0 ? s.length() : close + 1;
            name = s.substring(from + 1, Math.max(from + 1, end - 1));
        } else {
            end = identifierEnd(s, from);
            name = s.substring(from, end);
        }
        int i = skipSpaces(s, end);
        String member = "";
        boolean call = false;
        if (s.startsWith("?.", i) || i < s.length() && s.charAt(i) == '.') {
            int start = skipSpaces(s, i + (s.charAt(i) == '?' ? 2 : 1));
            if (start < s.length() && Character.isJavaIdentifierStart(s.charAt(start))) {
                int memberEnd = identifierEnd(s, start);
                member = s.substring(start, memberEnd);
                int after = skipSpaces(s, memberEnd);
                call = after < s.length() && s.charAt(after) == '(';
            }
        }
        if (!name.isBlank()) {
            uses.add(new Use(name, member, call));
        }
        return end;
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

    private static int identifierEnd(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int afterString(String s, int at) {
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
