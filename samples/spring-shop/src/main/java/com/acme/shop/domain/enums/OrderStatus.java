package com.acme.shop.domain.enums;

public enum OrderStatus {
    NEW,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED;

    public boolean isCancellable() {
        return this == NEW || this == PAID;
    }
}
