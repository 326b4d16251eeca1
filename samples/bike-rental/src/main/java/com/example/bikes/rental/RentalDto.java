package com.example.bikes.rental;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A rental as the JSON API shows it.
 */
public record RentalDto(Integer id, Integer customerId, String customerName, Integer bikeId, String bike,
        String bikeType, LocalDate startDate, LocalDate endDate, int days, BigDecimal price, RentalStatus status) {

    public static RentalDto of(Rental rental) {
        return new RentalDto(rental.getId(), rental.getCustomer().getId(), rental.getCustomer().getFullName(),
                rental.getBike().getId(), rental.getBike().getLabel(), rental.getBike().getType().getName(),
                rental.getStartDate(), rental.getEndDate(), rental.getDays(), rental.getPrice(), rental.getStatus());
    }
}
