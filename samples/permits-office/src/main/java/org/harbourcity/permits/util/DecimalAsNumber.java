package org.harbourcity.permits.util;

import java.math.BigDecimal;
import javax.json.bind.serializer.JsonbSerializer;
import javax.json.bind.serializer.SerializationContext;
import javax.json.stream.JsonGenerator;

/**
 * Writes an amount or a measure as a JSON number. TomEE 8's JSON-B writes every BigDecimal as a string, which
 * broke the counter's JavaScript after the 2021 upgrade: each BigDecimal property names this serializer.
 */
public class DecimalAsNumber implements JsonbSerializer<BigDecimal> {

    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
        generator.write(value);
    }
}
