package dev.cleave.analyzer.internal.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses JVM descriptors and generic {@code Signature} attributes (JVMS §4.7.9.1) into {@link JType}s.
 * Type variables are looked up in the given bounds map (method's, then class's); unknown ones get
 * {@code Object} as bound. Of an inner class type ({@code LOuter<TT;>.Inner;}) only the innermost arguments are
 * kept.
 */
final class SignatureParser {
    private final String s;
    private final Map<String, JType> bounds;
    private int pos;

    SignatureParser(String signature, Map<String, JType> bounds) {
        this.s = signature;
        this.bounds = bounds;
    }

    boolean atEnd() {
        return pos >= s.length();
    }

    char peek() {
        return s.charAt(pos);
    }

    void expect(char c) {
        if (s.charAt(pos) != c) {
            throw new IllegalArgumentException("bad signature at " + pos + ": " + s);
        }
        pos++;
    }

    /** Reads {@code <T:bound;U::iface;>} when present; the bounds seen are added to {@code out} in order. */
    List<String> typeParamNames(Map<String, String> rawBounds) {
        List<String> names = new ArrayList<>();
        if (atEnd() || peek() != '<') {
            return names;
        }
        pos++;
        while (peek() != '>') {
            int colon = s.indexOf(':', pos);
            String name = s.substring(pos, colon);
            pos = colon + 1;
            int start = pos;
            if (peek() != ':') {
                skipReference();
            }
            String first = s.substring(start, pos);
            while (!atEnd() && peek() == ':') {
                pos++;
                int istart = pos;
                skipReference();
                if (first.isEmpty() || first.equals("Ljava/lang/Object;")) {
                    first = s.substring(istart, pos);
                }
            }
            names.add(name);
            rawBounds.put(name, first);
        }
        pos++;
        return names;
    }

    private void skipReference() {
        char c = peek();
        if (c == '[') {
            pos++;
            if ("BCDFIJSZV".indexOf(peek()) >= 0) {
                pos++;
            } else {
                skipReference();
            }
            return;
        }
        int depth = 0;
        while (true) {
            char ch = s.charAt(pos++);
            if (ch == '<') {
                depth++;
            } else if (ch == '>') {
                depth--;
            } else if (ch == ';' && depth == 0) {
                return;
            }
        }
    }

    JType type() {
        char c = s.charAt(pos++);
        switch (c) {
            case 'B': return JType.BYTE;
            case 'C': return JType.CHAR;
            case 'D': return JType.DOUBLE;
            case 'F': return JType.FLOAT;
            case 'I': return JType.INT;
            case 'J': return JType.LONG;
            case 'S': return JType.SHORT;
            case 'Z': return JType.BOOLEAN;
            case 'V': return JType.VOID;
            case '[': return new JType.Arr(type());
            case 'T': {
                int end = s.indexOf(';', pos);
                String name = s.substring(pos, end);
                pos = end + 1;
                return new JType.Var(name, bounds.getOrDefault(name, JType.OBJECT));
            }
            case 'L': return classType();
            default: throw new IllegalArgumentException("bad signature at " + (pos - 1) + ": " + s);
        }
    }

    private JType.Cls classType() {
        StringBuilder name = new StringBuilder();
        List<JType> args = List.of();
        while (true) {
            char c = s.charAt(pos++);
            if (c == ';') {
                return new JType.Cls(name.toString(), args);
            } else if (c == '<') {
                args = typeArgs();
            } else if (c == '.') {
                name.append('$');
                args = List.of();
            } else {
                name.append(c == '/' ? '.' : c);
            }
        }
    }

    private List<JType> typeArgs() {
        List<JType> args = new ArrayList<>();
        while (peek() != '>') {
            char c = peek();
            if (c == '*') {
                pos++;
                args.add(new JType.Wild(null, true));
            } else if (c == '+' || c == '-') {
                pos++;
                args.add(new JType.Wild(type(), c == '+'));
            } else {
                args.add(type());
            }
        }
        pos++;
        return args;
    }
}
