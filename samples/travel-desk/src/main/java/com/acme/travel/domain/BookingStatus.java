package com.acme.travel.domain;

public enum BookingStatus {
    AWAITING_PAYMENT,
    CONFIRMED,
    CANCELLED
}
