package com.acme.travel.dto;

import java.math.BigDecimal;

/**
 * One line of the revenue report (confirmed bookings per destination and currency).
 */
public class RevenueRow {

    private final String destination;
    private final String destinationName;
    private final String currency;
    private final long bookings;
    private final long travellers;
    private final BigDecimal revenue;

    public RevenueRow(String destination, String destinationName, String currency, long bookings, long travellers,
                      BigDecimal revenue) {
        this.destination = destination;
        this.destinationName = destinationName;
        this.currency = currency;
        this.bookings = bookings;
        this.travellers = travellers;
        this.revenue = revenue;
    }

    public String getDestination() {
        return destination;
    }

    public String getDestinationName() {
        return destinationName;
    }

    public String getCurrency() {
        return currency;
    }

    public long getBookings() {
        return bookings;
    }

    public long getTravellers() {
        return travellers;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }
}
