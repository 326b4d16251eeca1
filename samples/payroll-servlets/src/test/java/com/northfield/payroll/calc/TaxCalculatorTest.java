package com.northfield.payroll.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxCalculatorTest {

    /** The 2024 bands of seed.sql, deliberately out of order. */
    private final TaxCalculator calculator = new TaxCalculator(List.of(
            band("50270.00", "125140.00", "0.40"), band("0.00", "12570.00", "0"),
            band("125140.00", null, "0.45"), band("12570.00", "50270.00", "0.20")));

    @Test
    void incomeUpToTheAllowanceIsNotTaxed() {
        assertEquals(new BigDecimal("0.00"), calculator.annualTax(new BigDecimal("12570.00")));
        assertEquals(new BigDecimal("0.00"), calculator.monthlyTax(new BigDecimal("-10.00")));
    }

    @Test
    void eachBandTaxesOnlyItsOwnSlice() {
        assertEquals(new BigDecimal("2000.00"), calculator.annualTax(new BigDecimal("22570.00")));
        assertEquals(new BigDecimal("7540.00"), calculator.annualTax(new BigDecimal("50270.00")));
        assertEquals(new BigDecimal("7940.00"), calculator.annualTax(new BigDecimal("51270.00")));
    }

    @Test
    void theTopBandHasNoUpperLimit() {
        // 7540 + 74870 * 0.40 + 10000 * 0.45
        assertEquals(new BigDecimal("41988.00"), calculator.annualTax(new BigDecimal("135140.00")));
    }

    @Test
    void aMonthIsTaxedAsATwelfthOfTheYear() {
        // Helen Reyes, February 2024: taxable 4,116.66 a month, 49,399.92 a year, tax 7,365.98
        assertEquals(new BigDecimal("613.83"), calculator.monthlyTax(new BigDecimal("4116.66")));
    }

    @Test
    void aYearWithoutBandsCannotBeCalculated() {
        assertThrows(IllegalArgumentException.class, () -> new TaxCalculator(List.of()));
    }

    private static TaxBracket band(String lower, String upper, String rate) {
        return new TaxBracket(new BigDecimal(lower), upper == null ? null : new BigDecimal(upper), new BigDecimal(rate));
    }
}
