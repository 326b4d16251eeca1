package dev.cleave.model;

import java.util.Locale;

/** Spelling of enum constants in JSON: lower case, '-' for '_'. */
final class Names {
    private Names() {
    }

    static String lower(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
