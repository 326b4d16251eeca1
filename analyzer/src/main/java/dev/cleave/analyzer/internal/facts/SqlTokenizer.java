package dev.cleave.analyzer.internal.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL (or JPQL/HQL) text into the few token kinds the table extractor needs. String literals, numbers
 * and operators become {@code OTHER}; comments are dropped; {@code ?}, {@code ?1}, {@code :name},
 * {@code #{...}} and {@code ${...}} become placeholders; dotted and quoted names ({@code "s"."t"},
 * {@code `t`}, {@code [t]}) become one name token.
 */
final class SqlTokenizer {
    private final String s;
    private int i;
    private final List<SqlToken> out = new ArrayList<>();

    private SqlTokenizer(String s) {
        this.s = s;
    }

    static List<SqlToken> tokenize(String sql) {
        SqlTokenizer t = new SqlTokenizer(sql);
        t.run();
        return t.out;
    }

    private void run() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("--", i)) {
                skipTo("\n", 1);
            } else if (s.startsWith("/*", i)) {
                skipTo("*/", 2);
            } else if (c == '\'') {
                skipString();
            } else if ((c == '#' || c == '$') && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                skipTo("}", 1);
                out.add(SqlToken.PLACEHOLDER);
            } else if (c == '?' || (c == ':' && i + 1 < s.length() && isNameStart(s.charAt(i + 1)) && !prevColon())) {
                i++;
                while (i < s.length() && isNamePart(s.charAt(i))) {
                    i++;
                }
                out.add(SqlToken.PLACEHOLDER);
            } else if (isNameStart(c) || c == '"' || c == '`' || c == '[') {
                name();
            } else {
                punctuation(c);
            }
        }
    }

    private void punctuation(char c) {
        i++;
        out.add(switch (c) {
            case '(' -> SqlToken.LPAREN;
            case ')' -> SqlToken.RPAREN;
            case ',' -> SqlToken.COMMA;
            case ';' -> SqlToken.SEMICOLON;
            default -> SqlToken.OTHER;
        });
    }

    private boolean prevColon() {
        return i > 0 && s.charAt(i - 1) == ':';
    }

    private void name() {
        List<String> segments = new ArrayList<>();
        boolean quoted;
        while (true) {
            quoted = i < s.length() && "\"`[".indexOf(s.charAt(i)) >= 0;
            segments.add(quoted ? quotedPart() : plainPart());
            int dots = 0;
            while (i + dots < s.length() && s.charAt(i + dots) == '.') {
                dots++;
            }
            if (dots == 0 || i + dots >= s.length() || !startsName(s.charAt(i + dots))) {
                break;
            }
            i += dots;
        }
        out.add(new SqlToken(SqlToken.Type.NAME, List.copyOf(segments), quoted));
    }

    private boolean startsName(char c) {
        return isNameStart(c) || c == '"' || c == '`' || c == '[';
    }

    private String plainPart() {
        int start = i;
        while (i < s.length() && isNamePart(s.charAt(i))) {
            i++;
        }
        return s.substring(start, i);
    }

    private String quotedPart() {
        char close = s.charAt(i) == '[' ? ']' : s.charAt(i);
        int end = s.indexOf(close, i + 1);
        end = end < 0 ? s.length() : end;
        String part = s.substring(i + 1, end);
        i = Math.min(end + 1, s.length());
        return part;
    }

    private void skipString() {
        i++;
        while (i < s.length()) {
            if (s.charAt(i) == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                i += 2;
            } else if (s.charAt(i++) == '\'') {
                break;
            }
        }
        out.add(SqlToken.OTHER);
    }

    private void skipTo(String end, int length) {
        int at = s.indexOf(end, i + length);
        i = at < 0 ? s.length() : at + end.length();
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
