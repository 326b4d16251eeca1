package com.acme.travel.service;

import com.acme.travel.domain.BookingConfirmedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One loyalty point per ten (configurable) units of every confirmed booking.
 */
@Component
public class LoyaltyPointsListener {

    private static final Logger log = LoggerFactory.getLogger(LoyaltyPointsListener.class);

    @Autowired
    private CustomerService customerService;

    @Value("${travel.loyalty.euros-per-point:10}")
    private int eurosPerPoint;

    @EventListener
    public void onBookingConfirmed(BookingConfirmedEvent event) {
        int points = event.getTotal().getAmount().intValue() / eurosPerPoint;
        log.debug("Booking {} earns customer {} {} points", event.getBookingId(), event.getCustomerId(), points);
        customerService.addLoyaltyPoints(event.getCustomerId(), points);
    }
}
