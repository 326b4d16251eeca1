package dev.cleave.analyzer.internal.resolve;

/**
 * A field (enum constants and record components included).
 *
 * @param declaring binary name of the declaring type
 */
public record FieldInfo(String name, String declaring, JType type, boolean isStatic) {
}
