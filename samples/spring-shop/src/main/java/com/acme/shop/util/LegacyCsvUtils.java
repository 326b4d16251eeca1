package com.acme.shop.util;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV parsing for the 2016 supplier price-list import. The import was replaced by the supplier
 * API in 2019; this class is not called any more.
 */
public final class LegacyCsvUtils {

    private LegacyCsvUtils() {
    }

    public static List<String> splitLine(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(";") || value.contains("\"")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
