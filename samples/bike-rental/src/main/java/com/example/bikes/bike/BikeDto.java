package com.example.bikes.bike;

import java.math.BigDecimal;

/**
 * A bike as the JSON API shows it.
 */
public record BikeDto(Integer id, String name, String frameNumber, String type, FrameSize frameSize,
        BikeStatus status, BigDecimal dailyRate) {

    public static BikeDto of(Bike bike) {
        return new BikeDto(bike.getId(), bike.getName(), bike.getFrameNumber(), bike.getType().getName(),
                bike.getFrameSize(), bike.getStatus(), bike.getType().getDailyRate());
    }
}
