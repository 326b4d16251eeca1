package com.acme.shop.domain.enums;

import java.math.BigDecimal;

/**
 * Loyalty tiers and the discount (percent) they give on every order.
 */
public enum CustomerTier {
    STANDARD(BigDecimal.ZERO),
    SILVER(new BigDecimal("5")),
    GOLD(new BigDecimal("10"));

    private final BigDecimal discountPercent;

    CustomerTier(BigDecimal discountPercent) {
        this.discountPercent = discountPercent;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }
}
