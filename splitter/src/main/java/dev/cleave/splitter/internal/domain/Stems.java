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

    /** Case changes, digits to capitals, '_' and '$': where a simple name's words meet (compiled once). */
    private static final java.util.regex.Pattern WORD_BREAK =
            java.util.regex.Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|[_$]");

    private Stems() {
    }

    /** Lower-case words of a simple name split at case changes and digits. */
    public static List<String> words(String simpleName) {
        List<String> words = new ArrayList<>();
        for (String w : WORD_BREAK.split(simpleName)) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
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
