package com.acme.shop.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UtilsTest {

    @Test
    void slugify() {
        assertThat(StringUtils.slugify("Home & Kitchen")).isEqualTo("home-kitchen");
        assertThat(StringUtils.slugify("  Café Crème ")).isEqualTo("cafe-creme");
    }

    @Test
    void luhn() {
        assertThat(ValidationUtils.isValidLuhn("4111 1111 1111 1111")).isTrue();
        assertThat(ValidationUtils.isValidLuhn("4111 1111 1111 1112")).isFalse();
        assertThat(ValidationUtils.isValidLuhn("42")).isFalse();
    }

    @Test
    void moneyRoundsHalfUp() {
        assertThat(MoneyUtils.percentOf(new BigDecimal("99.45"), BigDecimal.TEN)).isEqualByComparingTo("9.95");
        assertThat(MoneyUtils.rate(new BigDecimal("89.46"), new BigDecimal("0.20"))).isEqualByComparingTo("17.89");
    }

    @Test
    void invoiceDueDatesSkipWeekends() {
        // 2026-01-03 is a Saturday: due on Monday 2026-01-05
        assertThat(DateUtils.dueDate(LocalDate.of(2025, 12, 20), 14)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(DateUtils.dueDate(LocalDate.of(2025, 12, 22), 14)).isEqualTo(LocalDate.of(2026, 1, 5));
    }
}
