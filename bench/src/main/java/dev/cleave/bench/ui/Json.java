package dev.cleave.bench.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The little JSON the load client writes: the project file and the what-if request. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** A flat JSON object of string fields, in the given order. */
    static String object(String... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return write(fields);
    }

    /** The body of a move or its preview: {@code {"classes":[className],"to":service}}. */
    static String move(String className, String service) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("classes", List.of(className));
        body.put("to", service);
        return write(body);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON of plain strings", e);
        }
    }
}
