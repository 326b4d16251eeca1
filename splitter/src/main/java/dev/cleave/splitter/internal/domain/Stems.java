package dev.cleave.splitter.internal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Name stems: the domain words of a class name, without the technical words that layered code appends
 * ({@code OrderServiceImpl} → {@code [order]}, {@code OrderLineDto} → {@code [order, line]}). Used only as weak
 * evidence and for service names.
 */
public final class Stems {
    private static final Set<String> TECHNICAL = Set.of("controller", "rest", "servlet", "resource", "endpoint",
            "facade", "bean", "service", "impl", "repository", "repo", "dao", "jdbc", "jpa", "mapper", "dto", "request",
            "response", "event", "exception", "listener", "job", "manager", "entity", "form", "view", "model",
            "handler", "helper", "api", "action", "ejb", "local", "remote", "home", "default", "abstract", "base",
            "data", "vo", "bo", "to", "info", "details", "page", "command", "query");

    private Stems() {
    }

    /**
     * Lower-case words of a simple name split at case changes and digits: where a lower-case letter or digit meets
     * a capital, before the last capital of a run followed by a lower-case letter, and at '_' and '$' (dropped); as
     * {@code split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|[_$]")} without its empty words, in one pass.
     */
    public static List<String> words(String simpleName) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < simpleName.length(); i++) {
            char c = simpleName.charAt(i);
            if (c == '_' || c == '$') {
                add(words, simpleName, start, i);
                start = i + 1;
            } else if (i > 0 && breaksBefore(simpleName, i)) {
                add(words, simpleName, start, i);
                start = i;
            }
        }
        add(words, simpleName, start, simpleName.length());
        return words;
    }

    private static boolean breaksBefore(String name, int i) {
        char before = name.charAt(i - 1);
        char at = name.charAt(i);
        return isUpper(at) && (isLower(before) || isDigit(before)
                || (isUpper(before) && i + 1 < name.length() && isLower(name.charAt(i + 1))));
    }

    private static void add(List<String> words, String name, int from, int to) {
        if (to > from) {
            words.add(name.substring(from, to).toLowerCase(Locale.ROOT));
        }
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether a lower-case word is one of the technical words layered code appends to domain words. */
    public static boolean isTechnical(String word) {
        return TECHNICAL.contains(word);
    }

    /** The words up to the first technical word (kept whole when it starts with one). */
    public static List<String> stem(String simpleName) {
        return stem(words(simpleName));
    }

    /** {@link #stem(String)} of a name already split into {@link #words(String)}. */
    static List<String> stem(List<String> words) {
        int end = 0;
        while (end < words.size() && !TECHNICAL.contains(words.get(end))) {
            end++;
        }
        return end == 0 ? words : words.subList(0, end);
    }

    /** Whether {@code prefix} is a non-empty word prefix of {@code words}. */
    public static boolean startsWith(List<String> words, List<String> prefix) {
        return !prefix.isEmpty() && words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix);
    }
}
