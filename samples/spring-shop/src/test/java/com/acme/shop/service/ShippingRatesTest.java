package com.acme.shop.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.acme.shop.domain.enums.Carrier;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShippingRatesTest {

    private final ShopManager shopManager = mock(ShopManager.class);
    private final StandardRateCalculator standard = new StandardRateCalculator(shopManager);
    private final ExpressRateCalculator express = new ExpressRateCalculator();

    @Test
    void standardChargesBasePlusEveryStartedKilogram() {
        when(shopManager.freeShippingThreshold()).thenReturn(new BigDecimal("100.00"));
        assertThat(standard.rate(Carrier.UPS, 3300, new BigDecimal("99.99"))).isEqualByComparingTo("9.50");
        assertThat(standard.rate(Carrier.DHL, 1, null)).isEqualByComparingTo("6.10");
    }

    @Test
    void standardIsFreeFromTheBackOfficeThreshold() {
        when(shopManager.freeShippingThreshold()).thenReturn(new BigDecimal("100.00"));
        assertThat(standard.rate(Carrier.UPS, 3300, new BigDecimal("100.00"))).isEqualByComparingTo("0");
    }

    @Test
    void expressIsDoubleStandardPlusSurchargeAndNeverFree() {
        assertThat(express.rate(Carrier.DHL, 2600, new BigDecimal("1000"))).isEqualByComparingTo("22.00");
    }

    @Test
    void startedKilogramsRoundUpWithAMinimumOfOne() {
        assertThat(ShippingRateCalculator.startedKilograms(0)).isEqualTo(1);
        assertThat(ShippingRateCalculator.startedKilograms(1000)).isEqualTo(1);
        assertThat(ShippingRateCalculator.startedKilograms(1001)).isEqualTo(2);
    }
}
