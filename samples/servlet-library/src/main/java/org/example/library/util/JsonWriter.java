package org.example.library.util;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer (we had no JSON library in 2008). Calls must be well nested:
 * {@code beginObject().name("id").value(1).endObject()}. Not thread-safe.
 */
public class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private final Deque<boolean[]> first = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter beginObject() {
        separator();
        out.append('{');
        first.push(new boolean[] {true});
        return this;
    }

    public JsonWriter endObject() {
        first.pop();
        out.append('}');
        return this;
    }

    public JsonWriter beginArray() {
        separator();
        out.append('[');
        first.push(new boolean[] {true});
        return this;
    }

    public JsonWriter endArray() {
        first.pop();
        out.append(']');
        return this;
    }

    public JsonWriter name(String name) {
        separator();
        quote(name);
        out.append(':');
        afterName = true;
        return this;
    }

    public JsonWriter value(String value) {
        separator();
        if (value == null) {
            out.append("null");
        } else {
            quote(value);
        }
        return this;
    }

    public JsonWriter value(long value) {
        separator();
        out.append(value);
        return this;
    }

    public JsonWriter value(Long value) {
        return value == null ? nullValue() : value(value.longValue());
    }

    public JsonWriter value(Integer value) {
        return value == null ? nullValue() : value(value.longValue());
    }

    public JsonWriter value(boolean value) {
        separator();
        out.append(value);
        return this;
    }

    public JsonWriter value(BigDecimal value) {
        separator();
        out.append(value == null ? "null" : value.toPlainString());
        return this;
    }

    public JsonWriter nullValue() {
        separator();
        out.append("null");
        return this;
    }

    /** Shortcut for name(n).value(v). */
    public JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, Long value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, Integer value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    private void separator() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!first.isEmpty()) {
            boolean[] f = first.peek();
            if (!f[0]) {
                out.append(',');
            }
            f[0] = false;
        }
    }

    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
