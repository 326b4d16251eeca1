package dev.cleave.analyzer.internal.resolve;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The questions one file's resolution asked of the project-wide {@link TypeIndex}, each with the answer it got: a
 * verifying trace in the sense of build systems (Mokhov, Mitchell, Peyton Jones: "Build systems à la carte", 2018).
 * A later run may reuse the file's cached result when its text is unchanged and every question, asked again of the
 * new index, gets the same answer. Negative answers (no such type, not a package) are recorded like positive ones,
 * so a type added later invalidates the files that looked for it. Written by one thread.
 */
public final class Trace {
    /** The kinds of question, one per public query of {@link TypeIndex}. */
    public enum Kind {
        FIND, IS_SOURCE_TYPE, IS_PACKAGE, IS_PACKAGE_PREFIX, TYPE_IN_PACKAGE, MEMBER_TYPE, RESOLVE_QUALIFIED,
        SOURCE_TYPES_NAMED, DECLARES_FIELD, DECLARES_METHOD, METHOD_DECLARERS
    }

    /** One question: its kind and up to two arguments ("" when unused). */
    public record Question(Kind kind, String first, String second) {
        public Question {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
    }

    private final Map<Question, String> answers = new LinkedHashMap<>();

    void record(Kind kind, String first, String second, String answer) {
        answers.putIfAbsent(new Question(kind, first, second), answer);
    }

    /** Adds a question read back from a cache. */
    public void add(Question q, String answer) {
        answers.put(q, answer);
    }

    /** The questions in the order first asked, with their answers. */
    public Map<Question, String> answers() {
        return answers;
    }

    static String encode(boolean b) {
        return b ? "1" : "0";
    }

    static String encode(String name) {
        return name == null ? "\0" : "=" + name;
    }

    static String encode(Collection<String> names) {
        return "[" + String.join(",", names);
    }

    @SuppressWarnings("unchecked")
    static String encodeAny(Object answer) {
        if (answer instanceof Boolean b) {
            return encode(b.booleanValue());
        }
        if (answer instanceof Collection<?> c) {
            return encode((Collection<String>) c);
        }
        return encode((String) answer);
    }
}
