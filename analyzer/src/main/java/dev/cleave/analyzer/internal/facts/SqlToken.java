package dev.cleave.analyzer.internal.facts;

import java.util.List;
import java.util.Locale;

/**
 * A token of a SQL/JPQL statement as {@link SqlTokenizer} splits it.
 *
 * @param type     what it is
 * @param segments for {@link Type#NAME}: the parts of a (dotted) name, quotes removed; empty otherwise
 * @param quoted   whether the last segment was quoted (a quoted word is never a keyword)
 */
record SqlToken(Type type, List<String> segments, boolean quoted) {
    enum Type { NAME, PLACEHOLDER, LPAREN, RPAREN, COMMA, SEMICOLON, OTHER }

    static final SqlToken LPAREN = new SqlToken(Type.LPAREN, List.of(), false);
    static final SqlToken RPAREN = new SqlToken(Type.RPAREN, List.of(), false);
    static final SqlToken COMMA = new SqlToken(Type.COMMA, List.of(), false);
    static final SqlToken SEMICOLON = new SqlToken(Type.SEMICOLON, List.of(), false);
    static final SqlToken PLACEHOLDER = new SqlToken(Type.PLACEHOLDER, List.of(), false);
    static final SqlToken OTHER = new SqlToken(Type.OTHER, List.of(), false);

    /** The keyword this token spells in upper case, or "" when it is not a bare single word. */
    String keyword() {
        return type == Type.NAME && segments.size() == 1 && !quoted ? segments.get(0).toUpperCase(Locale.ROOT) : "";
    }

    boolean is(String keyword) {
        return keyword().equals(keyword);
    }

    String last() {
        return segments.get(segments.size() - 1);
    }
}
