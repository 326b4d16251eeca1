package com.acme.shop.service;

import com.acme.shop.domain.enums.Carrier;
import com.acme.shop.util.MoneyUtils;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Standard delivery: base rate plus a price per started kilogram; free above the threshold that
 * the back office sets.
 */
@Component
public class StandardRateCalculator implements ShippingRateCalculator {

    private final ShopManager shopManager;

    public StandardRateCalculator(ShopManager shopManager) {
        this.shopManager = shopManager;
    }

    @Override
    public boolean supports(boolean express) {
        return !express;
    }

    @Override
    public BigDecimal rate(Carrier carrier, int weightGrams, BigDecimal orderValue) {
        if (orderValue != null && MoneyUtils.greaterOrEqual(orderValue, shopManager.freeShippingThreshold())) {
            return MoneyUtils.ZERO;
        }
        int kg = ShippingRateCalculator.startedKilograms(weightGrams);
        return MoneyUtils.round(carrier.getBaseRate().add(carrier.getRatePerKg().multiply(BigDecimal.valueOf(kg))));
    }
}
