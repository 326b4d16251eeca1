package com.acme.travel.dto;

import com.acme.travel.domain.Money;
import com.acme.travel.domain.Trip;
import java.time.LocalDate;

public class TripDto {

    private Long id;
    private String code;
    private String title;
    private String destination;
    private String destinationName;
    private Money price;
    private int seatsTotal;
    private int seatsAvailable;
    private LocalDate departureDate;
    private int durationDays;

    public static TripDto from(Trip trip) {
        TripDto dto = new TripDto();
        dto.id = trip.getId();
        dto.code = trip.getCode();
        dto.title = trip.getTitle();
        dto.destination = trip.getDestination().getCode();
        dto.destinationName = trip.getDestination().getName();
        dto.price = trip.getPrice();
        dto.seatsTotal = trip.getSeatsTotal();
        dto.seatsAvailable = trip.getSeatsAvailable();
        dto.departureDate = trip.getDepartureDate();
        dto.durationDays = trip.getDurationDays();
        return dto;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDestination() {
        return destination;
    }

    public String getDestinationName() {
        return destinationName;
    }

    public Money getPrice() {
        return price;
    }

    public int getSeatsTotal() {
        return seatsTotal;
    }

    public int getSeatsAvailable() {
        return seatsAvailable;
    }

    public LocalDate getDepartureDate() {
        return departureDate;
    }

    public int getDurationDays() {
        return durationDays;
    }
}
