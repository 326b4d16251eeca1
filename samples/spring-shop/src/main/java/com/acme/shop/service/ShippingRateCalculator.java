package com.acme.shop.service;

import com.acme.shop.domain.enums.Carrier;
import java.math.BigDecimal;

/**
 * Prices a parcel.
 */
public interface ShippingRateCalculator {

    boolean supports(boolean express);

    /** Shipping cost for a parcel of {@code weightGrams} with goods worth {@code orderValue}. */
    BigDecimal rate(Carrier carrier, int weightGrams, BigDecimal orderValue);

    static int startedKilograms(int weightGrams) {
        return Math.max(1, (weightGrams + 999) / 1000);
    }
}
