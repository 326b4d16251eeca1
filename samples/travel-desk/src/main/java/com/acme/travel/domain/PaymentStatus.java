package com.acme.travel.domain;

public enum PaymentStatus {
    PENDING,
    CAPTURED,
    REFUNDED,
    CANCELLED
}
