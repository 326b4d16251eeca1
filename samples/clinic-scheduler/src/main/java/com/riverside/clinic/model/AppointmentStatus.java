package com.riverside.clinic.model;

public enum AppointmentStatus {
    BOOKED,
    CANCELLED,
    ATTENDED,
    NO_SHOW
}
