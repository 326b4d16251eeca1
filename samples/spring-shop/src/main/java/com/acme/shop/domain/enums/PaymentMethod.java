package com.acme.shop.domain.enums;

public enum PaymentMethod {
    CARD,
    INVOICE
}
