package dev.cleave.pipeline.report;

/** Escaping shared by the XML and HTML reports. */
final class Text {
    private Text() {
    }

    /** Escapes for XML/HTML text and attribute values; drops characters XML 1.0 cannot carry. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** {@code file:line}, or the file alone when the line is unknown. */
    static String where(String file, int line) {
        return line > 0 ? file + ":" + line : file;
    }
}
