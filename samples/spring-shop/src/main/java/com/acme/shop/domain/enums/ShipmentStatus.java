package com.acme.shop.domain.enums;

public enum ShipmentStatus {
    PENDING,
    DISPATCHED,
    DELIVERED,
    CANCELLED
}
