package com.example.bikes.rental;

import com.example.bikes.bike.BikeType;

public class NoBikeAvailableException extends RuntimeException {

    private final String bikeType;

    public NoBikeAvailableException(BikeType type) {
        super("no " + type.getName() + " is available");
        this.bikeType = type.getName();
    }

    public String getBikeType() {
        return bikeType;
    }
}
