package com.acme.shop.domain.enums;

public enum ProductStatus {
    DRAFT,
    ACTIVE,
    DISCONTINUED
}
