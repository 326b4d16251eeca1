package dev.cleave.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Values captured from responses, substituted as {@code ${name}} in later requests and expectations. */
final class Variables {
    static final String ANY = "${any}";
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

    private final Map<String, JsonNode> values = new HashMap<>();

    void put(String name, JsonNode value) {
        values.put(name, value);
    }

    /** Replaces every {@code ${name}} in a string; {@code ${any}} is left alone. */
    String substitute(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = m.group();
            if (!"any".equals(name)) {
                JsonNode value = values.get(name);
                if (value == null) {
                    throw new IllegalStateException("variable ${" + name + "} was never captured");
                }
                replacement = value.isTextual() ? value.asText() : value.toString();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A copy of a JSON value with variables substituted; a string that is exactly one reference keeps the value's type. */
    JsonNode substitute(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            String text = node.asText();
            Matcher m = REFERENCE.matcher(text);
            if (m.matches() && !"any".equals(m.group(1))) {
                JsonNode value = values.get(m.group(1));
                if (value == null) {
                    throw new IllegalStateException("variable " + text + " was never captured");
                }
                return value.deepCopy();
            }
            return new TextNode(substitute(text));
        }
        if (node.isObject()) {
            ObjectNode copy = ScenarioRunner.JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), substitute(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ScenarioRunner.JSON.createArrayNode();
            node.forEach(element -> copy.add(substitute(element)));
            return copy;
        }
        return node;
    }
}
