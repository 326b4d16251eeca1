package org.ashgrove.evenings.model;

/**
 * Whether an enrolment holds a place. A cancelled enrolment stays on file for the refund.
 */
public enum EnrolmentStatus {
    ENROLLED,
    CANCELLED
}
