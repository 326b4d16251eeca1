package org.harbourcity.permits.domain;

/**
 * The site inspections of the building regulations, in the order they happen on site.
 */
public enum InspectionKind {
    SITE, FOOTING, FRAMING, FINAL
}
