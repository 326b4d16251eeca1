package org.harbourcity.permits.domain;

/**
 * SUBMITTED -> APPROVED or REFUSED -> ISSUED (approved and paid) -> COMPLETED (final inspection passed).
 * SUBMITTED and APPROVED applications can be WITHDRAWN.
 */
public enum PermitStatus {
    SUBMITTED, APPROVED, REFUSED, ISSUED, COMPLETED, WITHDRAWN
}
