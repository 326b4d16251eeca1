package org.harbourcity.permits.domain;

/**
 * The kinds of permit the office issues. The prefix starts the permit number (BP-2024-0009).
 */
public enum PermitType {

    BUILDING("BP"),
    DEMOLITION("DM"),
    SIGN("SG"),
    FENCE("FN");

    private final String prefix;

    PermitType(String prefix) {
        this.prefix = prefix;
    }

    public String getPrefix() {
        return prefix;
    }

    /** The type named by a request, or null when there is no such type (case does not matter). */
    public static PermitType parse(String name) {
        if (name == null) {
            return null;
        }
        for (PermitType type : values()) {
            if (type.name().equalsIgnoreCase(name.trim())) {
                return type;
            }
        }
        return null;
    }
}
