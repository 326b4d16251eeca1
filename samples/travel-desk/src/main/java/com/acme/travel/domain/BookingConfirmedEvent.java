package com.acme.travel.domain;

import org.springframework.context.ApplicationEvent;

/**
 * Published when a booking is paid for (card at booking time, bank transfer when the money arrives).
 */
public class BookingConfirmedEvent extends ApplicationEvent {

    private final Long bookingId;
    private final Long customerId;
    private final Money total;

    public BookingConfirmedEvent(Object source, Long bookingId, Long customerId, Money total) {
        super(source);
        this.bookingId = bookingId;
        this.customerId = customerId;
        this.total = total;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Money getTotal() {
        return total;
    }
}
