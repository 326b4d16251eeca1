package com.example.bikes.rental;

public enum RentalStatus {
    BOOKED,
    RETURNED
}
