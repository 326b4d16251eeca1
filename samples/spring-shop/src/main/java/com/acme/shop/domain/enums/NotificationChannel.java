package com.acme.shop.domain.enums;

public enum NotificationChannel {
    EMAIL,
    SMS
}
