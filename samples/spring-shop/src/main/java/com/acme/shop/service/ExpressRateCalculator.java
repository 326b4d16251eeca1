package com.acme.shop.service;

import com.acme.shop.domain.enums.Carrier;
import com.acme.shop.util.MoneyUtils;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Next-day delivery: twice the standard price plus a fixed surcharge, never free.
 */
@Component
public class ExpressRateCalculator implements ShippingRateCalculator {

    static final BigDecimal SURCHARGE = new BigDecimal("5.00");

    @Override
    public boolean supports(boolean express) {
        return express;
    }

    @Override
    public BigDecimal rate(Carrier carrier, int weightGrams, BigDecimal orderValue) {
        int kg = ShippingRateCalculator.startedKilograms(weightGrams);
        BigDecimal standard = carrier.getBaseRate().add(carrier.getRatePerKg().multiply(BigDecimal.valueOf(kg)));
        return MoneyUtils.round(standard.multiply(BigDecimal.valueOf(2)).add(SURCHARGE));
    }
}
