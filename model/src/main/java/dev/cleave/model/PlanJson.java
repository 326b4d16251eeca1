package dev.cleave.model;

import java.nio.file.Path;

/**
 * Reads and writes {@code plan.json} and reference decompositions ({@code expected.json}). Missing fields take
 * their defaults (a reference needs only {@code schemaVersion}, {@code services} and {@code shared}); unknown
 * fields are rejected, since in a hand-edited file they are usually typos. Output is deterministic.
 */
public final class PlanJson {
    private PlanJson() {
    }

    public static String toJson(Plan plan) {
        return Json.write(plan);
    }

    /** Writes atomically (a temporary file moved into place): a failed write keeps the previous plan. */
    public static void write(Plan plan, Path file) {
        Json.writeFile(plan, file);
    }

    /**
     * @throws ModelFormatException when the text is not a plan of {@link Plan#SCHEMA_VERSION}, or a class is
     *                              listed twice
     */
    public static Plan fromJson(String json, String source) {
        Plan plan;
        try {
            plan = Json.read(json, source, "plan", Plan.class, Plan.SCHEMA_VERSION, Plan.SCHEMA_VERSION,
                    Json.LENIENT);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(source + ": invalid plan file: " + e.getMessage(), e);
        }
        PlanChecks.requireEachClassOnce(plan, source);
        return plan;
    }

    /**
     * @throws ModelFormatException when the file is missing, unreadable or not a plan of this schema version
     */
    public static Plan read(Path file) {
        return fromJson(Json.readFile(file, "plan"), file.toString());
    }
}
