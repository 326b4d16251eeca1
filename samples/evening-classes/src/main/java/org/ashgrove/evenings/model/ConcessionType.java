package org.ashgrove.evenings.model;

/**
 * The concession a learner declared at registration. The enrolment copies it, because the fee depends on it and
 * a learner's circumstances change.
 */
public enum ConcessionType {

    NONE("No concession"),
    OVER_60("Over 60"),
    BENEFITS("Means-tested benefits");

    private final String label;

    ConcessionType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
