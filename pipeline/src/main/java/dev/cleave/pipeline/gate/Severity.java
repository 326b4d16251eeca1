package dev.cleave.pipeline.gate;

import java.util.Locale;

/** How serious a violation is; ordered from least to most serious. Names match SARIF's result levels. */
public enum Severity {
    NOTE, WARNING, ERROR;

    /** Parses {@code note}, {@code warning} or {@code error} (any case). */
    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("severity '" + text + "' is not one of note, warning, error");
        }
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
