package com.northfield.payroll.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class WebUtilsTest {

    @Test
    void workingDaysAreMondayToFriday() {
        assertEquals(21, WebUtils.workingDaysBetween(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)));
        assertEquals(0, WebUtils.workingDaysBetween(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 3)));
        assertEquals(LocalDate.of(2024, 3, 29), WebUtils.lastWorkingDay(YearMonth.of(2024, 3)));
        assertEquals(LocalDate.of(2024, 6, 28), WebUtils.lastWorkingDay(YearMonth.of(2024, 6)));
    }

    @Test
    void moneyIsShownInPoundsAndPence() {
        assertEquals("22,634.57", WebUtils.formatMoney(new BigDecimal("22634.571")));
        assertEquals("0.00", WebUtils.formatMoney(null));
        assertEquals("****3872", WebUtils.maskAccount("10553872"));
        assertEquals("\"O\"\"Neill, G\"", WebUtils.csv("O\"Neill, G"));
    }
}
