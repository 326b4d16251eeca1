package com.acme.shop.domain.enums;

public enum MovementType {
    RECEIPT,
    RESERVATION,
    RELEASE,
    SHIPMENT,
    ADJUSTMENT
}
