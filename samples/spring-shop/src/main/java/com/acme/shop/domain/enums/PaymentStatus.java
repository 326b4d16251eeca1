package com.acme.shop.domain.enums;

public enum PaymentStatus {
    PENDING,
    CAPTURED,
    DECLINED,
    REFUNDED
}
