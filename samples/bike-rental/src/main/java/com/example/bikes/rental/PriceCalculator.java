package com.example.bikes.rental;

import com.example.bikes.bike.BikeType;
import com.example.bikes.customer.MembershipLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * The shop's tariff: the type's daily rate, 15% off for a week or more, then the member's discount.
 */
@Component
public class PriceCalculator {

    static final int WEEK = 7;

    private static final BigDecimal WEEKLY_FACTOR = new BigDecimal("0.85");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BigDecimal price(BikeType type, int days, MembershipLevel membership) {
        BigDecimal price = type.getDailyRate().multiply(BigDecimal.valueOf(days));
        if (days >= WEEK) {
            price = price.multiply(WEEKLY_FACTOR);
        }
        BigDecimal memberShare = HUNDRED.subtract(BigDecimal.valueOf(membership.getDiscountPercent()));
        return price.multiply(memberShare).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }
}
