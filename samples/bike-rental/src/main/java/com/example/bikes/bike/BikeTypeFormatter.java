package com.example.bikes.bike;

import java.text.ParseException;
import java.util.Locale;
import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/**
 * Binds a bike type by its name ("e-bike") in forms and query strings; Spring Boot registers it with MVC.
 */
@Component
public class BikeTypeFormatter implements Formatter<BikeType> {

    private final BikeTypeRepository types;

    public BikeTypeFormatter(BikeTypeRepository types) {
        this.types = types;
    }

    @Override
    public String print(BikeType type, Locale locale) {
        return type.getName();
    }

    @Override
    public BikeType parse(String text, Locale locale) throws ParseException {
        return types.findByNameIgnoreCase(text.trim())
                .orElseThrow(() -> new ParseException("unknown bike type: " + text, 0));
    }
}
