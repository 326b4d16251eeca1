package dev.cleave.bench.ui;

/** The little JSON the load client writes: quoted strings and the what-if request. */
final class Json {
    private Json() {
    }

    /** {@code value} as a JSON string literal. */
    static String string(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** The body of a move or its preview: {@code {"classes":[className],"to":service}}. */
    static String move(String className, String service) {
        return "{\"classes\":[" + string(className) + "],\"to\":" + string(service) + "}";
    }
}
