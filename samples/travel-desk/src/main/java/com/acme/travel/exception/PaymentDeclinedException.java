package com.acme.travel.exception;

import org.springframework.http.HttpStatus;

public class PaymentDeclinedException extends TravelDeskException {

    public PaymentDeclinedException(String cardLast4) {
        super(HttpStatus.PAYMENT_REQUIRED, "PAYMENT_DECLINED", "The card ending in " + cardLast4 + " was declined");
    }
}
