package org.harbourcity.permits.domain;

public enum InvoiceStatus {
    OPEN, PAID, CANCELLED
}
