package com.example.bikes.bike;

public enum BikeStatus {
    AVAILABLE,
    RENTED,
    IN_SERVICE
}
