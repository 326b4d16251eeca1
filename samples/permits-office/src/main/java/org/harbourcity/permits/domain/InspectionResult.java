package org.harbourcity.permits.domain;

public enum InspectionResult {
    PENDING, PASSED, FAILED
}
