package org.example.library.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The hand-rolled JSON writer and parser agree with each other on what the servlets produce. */
class JsonWriterTest {

    @Test
    void writesNestedObjectsArraysAndEscapes() {
        String json = new JsonWriter().beginObject().field("id", 1L).field("title", "Say \"hi\"\n")
                .name("tags").beginArray().value("a").nullValue().endArray()
                .name("author").beginObject().field("name", (String) null).endObject()
                .field("ok", true).endObject().toString();
        assertEquals("{\"id\":1,\"title\":\"Say \\\"hi\\\"\\n\",\"tags\":[\"a\",null],\"author\":{\"name\":null},\"ok\":true}",
                json);
    }

    @Test
    void parsesWhatItWrites() {
        Map<String, Object> parsed = JsonParser.parseObject(
                "{\"id\": 1, \"title\": \"Say \\\"hi\\\"\", \"tags\": [\"a\", null], \"ok\": true}");
        assertEquals("1", parsed.get("id").toString());
        assertEquals("Say \"hi\"", parsed.get("title"));
        assertEquals(java.util.Arrays.asList("a", null), parsed.get("tags"));
        assertEquals(Boolean.TRUE, parsed.get("ok"));
        assertEquals(List.of(), JsonParser.parseObject("{\"x\":[]}").get("x"));
    }
}
