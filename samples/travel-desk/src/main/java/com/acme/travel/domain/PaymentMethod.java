package com.acme.travel.domain;

public enum PaymentMethod {
    CARD,
    BANK_TRANSFER
}
