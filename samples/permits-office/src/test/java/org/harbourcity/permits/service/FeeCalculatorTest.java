package org.harbourcity.permits.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.harbourcity.permits.domain.FeeRate;
import org.harbourcity.permits.domain.PermitType;
import org.junit.jupiter.api.Test;

/** The 2024 rates of seed.sql. */
class FeeCalculatorTest {

    private final FeeCalculator calculator = new FeeCalculator();
    private final FeeRate building = new FeeRate(PermitType.BUILDING, 2024, new BigDecimal("250.00"),
            new BigDecimal("7.50"), new BigDecimal("250.00"));
    private final FeeRate sign = new FeeRate(PermitType.SIGN, 2024, new BigDecimal("95.00"), new BigDecimal("30.00"),
            new BigDecimal("120.00"));

    @Test
    void baseFeePlusEveryStartedSquareMetre() {
        assertEquals(new BigDecimal("1150.00"), calculator.fee(building, new BigDecimal("120")));
        assertEquals(new BigDecimal("1150.00"), calculator.fee(building, new BigDecimal("119.5")));
        assertEquals(new BigDecimal("7600.00"), calculator.fee(building, new BigDecimal("980.0")));
        assertEquals(new BigDecimal("155.00"), calculator.fee(sign, new BigDecimal("1.5")));
    }

    @Test
    void neverLessThanTheMinimum() {
        assertEquals(new BigDecimal("125.00"), calculator.fee(sign, new BigDecimal("0.5")));
        assertEquals(new BigDecimal("120.00"), calculator.fee(sign, BigDecimal.ZERO));
        assertEquals(new BigDecimal("250.00"), calculator.fee(building, null));
    }
}
