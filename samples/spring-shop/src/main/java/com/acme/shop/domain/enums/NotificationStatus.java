package com.acme.shop.domain.enums;

public enum NotificationStatus {
    PENDING,
    SENT,
    FAILED
}
