package dev.cleave.pipeline.gate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One thing the gate found in the code that the plan does not allow.
 *
 * @param rule     the rule broken
 * @param severity how serious it is
 * @param key      what it is about, stable across edits and free of line numbers (for example
 *                 {@code a.B -> c.D}); the fingerprint is derived from it
 * @param message  a sentence a developer can act on
 * @param file     source file relative to the project root with '/' separators, where it shows; never null
 * @param line     1-based line in {@code file}, 0 when unknown; never part of the fingerprint
 */
public record Violation(Rule rule, Severity severity, String key, String message, String file, int line) {
    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (unknown) or more: " + line);
        }
    }

    /** A violation at the rule's default severity. */
    public static Violation of(Rule rule, String key, String message, String file, int line) {
        return new Violation(rule, rule.defaultSeverity(), key, message, file, line);
    }

    /** 16 hex digits of SHA-256 over the rule id and the key: equal for the same problem in any later run. */
    public String fingerprint() {
        return fingerprint(rule, key);
    }

    static String fingerprint(Rule rule, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((rule.id() + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
