package com.acme.travel.exception;

import org.springframework.http.HttpStatus;

public class NoSeatsLeftException extends TravelDeskException {

    public NoSeatsLeftException(String tripCode, int seatsLeft) {
        super(HttpStatus.CONFLICT, "NO_SEATS_LEFT", "Only " + seatsLeft + " seats left on " + tripCode);
    }
}
