package com.lakeshoremutual.office.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Dates, dollars and passwords as the office writes and stores them. */
class UtilsTest {

    @Test
    void datesAreStrictMonthDayYear() {
        assertEquals("03/09/2024", DateUtils.format(DateUtils.parse("03/09/2024")));
        assertNull(DateUtils.parse("13/45/2024"));
        assertNull(DateUtils.parse("02/30/2024"));
        assertNull(DateUtils.parse("2024-03-09"));
        assertNull(DateUtils.parse("3/9/2024"));
        assertEquals("02/29/2024", DateUtils.format(DateUtils.addDays(DateUtils.date(2024, 3, 1), -1)));
    }

    @Test
    void amountsAsClerksTypeThem() {
        assertEquals(new BigDecimal("2400.00"), MoneyUtils.parse("2,400"));
        assertEquals(new BigDecimal("7500.00"), MoneyUtils.parse("$7,500.00"));
        assertNull(MoneyUtils.parse("275k"));
        assertNull(MoneyUtils.parse("1.234"));
        assertEquals("$1,163.04", MoneyUtils.format(new BigDecimal("1163.04")));
        assertEquals("($5.00)", MoneyUtils.format(new BigDecimal("-5")));
        assertEquals("156.81", MoneyUtils.plain(new BigDecimal("156.81")));
    }

    @Test
    void passwordsAreCheckedAgainstTheirMd5() {
        assertEquals("f6080b3635d08886bdbcc2751780fd81", PasswordDigest.md5Hex("claims2009"));
        assertTrue(PasswordDigest.matches("claims2009", "F6080B3635D08886BDBCC2751780FD81"));
        assertFalse(PasswordDigest.matches(null, "f6080b3635d08886bdbcc2751780fd81"));
    }

    @Test
    void theProcessingDateIsFixedOrToday() {
        BusinessCalendar calendar = new BusinessCalendar();
        calendar.setProcessingDate("03/15/2024");
        assertEquals("03/15/2024", DateUtils.format(calendar.today()));
        calendar.setProcessingDate(" ");
        assertEquals(DateUtils.format(new java.util.Date()), DateUtils.format(calendar.today()));
        assertThrows(IllegalArgumentException.class, () -> calendar.setProcessingDate("2024-03-15"));
    }
}
