package com.example.bikes.bike;

import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Accepts the ways staff and partner sites write a frame size: "m", "M", "medium", "Extra large".
 */
@Component
public class FrameSizeConverter implements Converter<String, FrameSize> {

    @Override
    public FrameSize convert(String source) {
        String text = source.trim();
        if (text.isEmpty()) {
            return null;
        }
        for (FrameSize size : FrameSize.values()) {
            if (size.name().equalsIgnoreCase(text) || size.getLabel().equalsIgnoreCase(text)) {
                return size;
            }
        }
        throw new IllegalArgumentException("unknown frame size: " + source.toLowerCase(Locale.ROOT));
    }
}
