package dev.cleave.pipeline.gate;

/**
 * The rules the CI gate checks. Each has a stable id (used in SARIF, JUnit XML and baselines) that never changes
 * between versions, and a default severity.
 */
public enum Rule {
    CROSS_BOUNDARY("cleave.cross-boundary", "Undeclared cross-service dependency", Severity.ERROR,
            "A class of one service depends on a class of another service, and the plan's wiring for that pair of"
                    + " services does not list the target type. Declare the operation in the plan's wiring, move"
                    + " one of the classes, or remove the dependency."),
    UNPLACED_CLASS("cleave.unplaced-class", "Class in no service", Severity.ERROR,
            "A class exists in the code but the plan places it nowhere (no service, not shared, not unassigned)."
                    + " New code must be placed: add it to a service, to shared or to unassigned."),
    SHARED_TABLE("cleave.shared-table", "Table used by several services", Severity.WARNING,
            "Classes of more than one service map or query the same database table, so the services cannot own"
                    + " their data separately."),
    METRIC_REGRESSION("cleave.metric-regression", "Metric regression", Severity.WARNING,
            "A plan metric got worse than the reference (the baseline's metrics, else the plan's own snapshot)"
                    + " by more than the tolerance.");

    private final String id;
    private final String title;
    private final Severity defaultSeverity;
    private final String description;

    Rule(String id, String title, Severity defaultSeverity, String description) {
        this.id = id;
        this.title = title;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
    }

    /** Stable id, for example {@code cleave.cross-boundary}. */
    public String id() {
        return id;
    }

    /** Short name for headings. */
    public String title() {
        return title;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** What the rule checks and how to fix a violation. */
    public String description() {
        return description;
    }

    /** The rule with this id. */
    public static Rule byId(String id) {
        for (Rule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown rule id '" + id + "'");
    }
}
