package com.acme.shop.domain.enums;

import java.math.BigDecimal;

/**
 * Parcel carriers with their contracted base price, price per started kilogram and tracking prefix.
 */
public enum Carrier {
    DHL(new BigDecimal("4.90"), new BigDecimal("1.20"), "JD"),
    UPS(new BigDecimal("5.50"), new BigDecimal("1.00"), "1Z"),
    POSTAL(new BigDecimal("3.90"), new BigDecimal("0.80"), "RR");

    private final BigDecimal baseRate;
    private final BigDecimal ratePerKg;
    private final String trackingPrefix;

    Carrier(BigDecimal baseRate, BigDecimal ratePerKg, String trackingPrefix) {
        this.baseRate = baseRate;
        this.ratePerKg = ratePerKg;
        this.trackingPrefix = trackingPrefix;
    }

    public BigDecimal getBaseRate() {
        return baseRate;
    }

    public BigDecimal getRatePerKg() {
        return ratePerKg;
    }

    public String getTrackingPrefix() {
        return trackingPrefix;
    }
}
