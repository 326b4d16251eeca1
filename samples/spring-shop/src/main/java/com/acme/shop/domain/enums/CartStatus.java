package com.acme.shop.domain.enums;

public enum CartStatus {
    OPEN,
    CHECKED_OUT,
    ABANDONED
}
