package com.riverside.clinic.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ClinicUtilsTest {

    @Test
    void phoneNumbersAreStoredInInternationalForm() {
        assertThat(ClinicUtils.normalisePhone("06-1234 5678")).isEqualTo("+31612345678");
        assertThat(ClinicUtils.normalisePhone("0031 (6) 12345678")).isEqualTo("+31612345678");
        assertThat(ClinicUtils.normalisePhone("+44 20 7946 0958")).isEqualTo("+442079460958");
    }

    @Test
    void namesSkipMissingParts() {
        assertThat(ClinicUtils.fullName("drs.", "Anna", "Visser")).isEqualTo("drs. Anna Visser");
        assertThat(ClinicUtils.fullName(null, "Mark", "de Boer")).isEqualTo("Mark de Boer");
        assertThat(ClinicUtils.capitalize(" noor")).isEqualTo("Noor");
    }

    @Test
    void insuranceNumbersShowTheirLastFourDigitsOnly() {
        assertThat(ClinicUtils.maskInsuranceNumber("123456782")).isEqualTo("*****6782");
        assertThat(ClinicUtils.maskInsuranceNumber(null)).isNull();
    }

    @Test
    void datesInBothFormatsAndLabels() {
        assertThat(ClinicUtils.parseDate("2025-03-04")).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(ClinicUtils.parseDate("04-03-2025")).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(ClinicUtils.parseDate("4 March")).isNull();
        assertThat(ClinicUtils.period(LocalDate.of(2025, 3, 4))).isEqualTo("2025-03");
        assertThat(ClinicUtils.slotLabel(LocalDateTime.of(2025, 3, 4, 9, 0), LocalDateTime.of(2025, 3, 4, 9, 30)))
                .isEqualTo("04-03-2025 09:00-09:30");
        assertThat(ClinicUtils.isWeekend(LocalDate.of(2025, 3, 8))).isTrue();
    }

    @Test
    void moneyAndInvoiceNumbers() {
        assertThat(ClinicUtils.money(new BigDecimal("45.005"))).isEqualByComparingTo("45.01");
        assertThat(ClinicUtils.money(null)).isEqualByComparingTo("0.00");
        assertThat(ClinicUtils.invoiceNumber(2025, 1042)).isEqualTo("INV-2025-1042");
    }
}
