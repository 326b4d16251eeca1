package com.example.bikes.customer;

/**
 * Loyalty membership of a customer, with the discount it gives on every rental.
 */
public enum MembershipLevel {
    NONE(0),
    SILVER(5),
    GOLD(10);

    private final int discountPercent;

    MembershipLevel(int discountPercent) {
        this.discountPercent = discountPercent;
    }

    public int getDiscountPercent() {
        return discountPercent;
    }
}
