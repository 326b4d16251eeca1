package dev.cleave.codegen.deploy;

/** YAML text helpers: every free-form value is written as a double-quoted scalar, so no value changes its type. */
final class Yaml {
    private Yaml() {
    }

    /**
     * An environment value as a double-quoted scalar with every {@code $} doubled: Kubernetes expands
     * {@code $(VAR)} and compose {@code $VAR} and {@code ${VAR}}, and both turn {@code $$} into one {@code $}, so the
     * container sees the value unchanged.
     */
    static String literalEnv(String value) {
        return quote(value.replace("$", "$$"));
    }

    /** A double-quoted YAML scalar ({@code "8080"}, {@code "a \"b\""}). */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
