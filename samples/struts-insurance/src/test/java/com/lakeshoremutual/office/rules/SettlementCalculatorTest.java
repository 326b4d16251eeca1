package com.lakeshoremutual.office.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The deductible is taken once per claim, from the first payments; limits and reserves never go negative. */
class SettlementCalculatorTest {

    private final SettlementCalculator calculator = new SettlementCalculator();

    @Test
    void theFirstPaymentBearsTheWholeDeductible() {
        BigDecimal deductible = calculator.deductibleToApply(amount("2650"), amount("1000"), amount("0"));
        assertEquals(amount("1000"), deductible);
        assertEquals(amount("1650"), calculator.netPayment(amount("2650"), deductible));
    }

    @Test
    void aSmallFirstPaymentLeavesTheRestOfTheDeductibleForTheNext() {
        assertEquals(amount("400"), calculator.deductibleToApply(amount("400"), amount("1000"), amount("0")));
        assertEquals(amount("600"), calculator.deductibleToApply(amount("900"), amount("1000"), amount("400")));
        assertEquals(amount("0"), calculator.deductibleToApply(amount("900"), amount("1000"), amount("1000")));
    }

    @Test
    void theCoverPaysUpToItsSumInsured() {
        assertEquals(amount("116650"), calculator.remainingLimit(amount("120000"), amount("3350")));
        assertEquals(amount("0"), calculator.remainingLimit(amount("1000"), amount("1200")));
    }

    @Test
    void paymentsReduceTheReserveDownToZero() {
        assertEquals(amount("750"), calculator.reserveAfter(amount("2400"), amount("1650")));
        assertEquals(amount("0"), calculator.reserveAfter(amount("700"), amount("900")));
    }

    private static BigDecimal amount(String text) {
        return new BigDecimal(text).setScale(2);
    }
}
