package dev.cleave.scenarios;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Subset matching of an expected JSON value against an actual one: expected object keys must be present and
 * match (extra actual keys are fine), arrays match element by element with equal length, numbers by value,
 * {@code "${any}"} matches any present value.
 */
final class JsonMatcher {
    private JsonMatcher() {
    }

    /** The first mismatch, as "path: expected X but was Y", or empty when {@code actual} matches. */
    static Optional<String> mismatch(JsonNode expected, JsonNode actual) {
        return mismatch("$", expected, actual);
    }

    private static Optional<String> mismatch(String path, JsonNode expected, JsonNode actual) {
        if (expected.isTextual() && Variables.ANY.equals(expected.asText())) {
            return actual == null || actual.isMissingNode() ? fail(path, expected, actual) : Optional.empty();
        }
        if (actual == null || actual.isMissingNode()) {
            return fail(path, expected, actual);
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return fail(path, expected, actual);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Optional<String> m = mismatch(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
                if (m.isPresent()) {
                    return m;
                }
            }
            return Optional.empty();
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                return fail(path, expected, actual);
            }
            for (int i = 0; i < expected.size(); i++) {
                Optional<String> m = mismatch(path + "[" + i + "]", expected.get(i), actual.get(i));
                if (m.isPresent()) {
                    return m;
                }
            }
            return Optional.empty();
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? Optional.empty() : fail(path, expected, actual);
        }
        return expected.equals(actual) ? Optional.empty() : fail(path, expected, actual);
    }

    private static Optional<String> fail(String path, JsonNode expected, JsonNode actual) {
        String was = actual == null || actual.isMissingNode() ? "missing" : abbreviate(actual.toString());
        return Optional.of(path + ": expected " + abbreviate(expected.toString()) + " but was " + was);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
