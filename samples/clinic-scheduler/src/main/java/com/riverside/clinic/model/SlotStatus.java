package com.riverside.clinic.model;

public enum SlotStatus {
    FREE,
    BOOKED,
    BLOCKED
}
