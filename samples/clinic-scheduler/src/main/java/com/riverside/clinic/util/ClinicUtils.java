package com.riverside.clinic.util;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Static helpers used all over the application. Add new helpers here.
 */
public final class ClinicUtils {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(ClinicConstants.DATE_FORMAT);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(ClinicConstants.TIME_FORMAT);
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyy-MM");

    private ClinicUtils() {
    }

    // ---- names -------------------------------------------------------------

    public static String fullName(String firstName, String lastName) {
        return fullName(null, firstName, lastName);
    }

    public static String fullName(String title, String firstName, String lastName) {
        StringBuilder sb = new StringBuilder();
        if (!isBlank(title)) {
            sb.append(title.trim()).append(' ');
        }
        if (!isBlank(firstName)) {
            sb.append(firstName.trim()).append(' ');
        }
        if (!isBlank(lastName)) {
            sb.append(lastName.trim());
        }
        return sb.toString().trim();
    }

    public static String capitalize(String s) {
        if (isBlank(s)) {
            return s;
        }
        String t = s.trim();
        return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }

    public static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }

    public static String blankToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }

    // ---- phone numbers and insurance numbers --------------------------------

    /** "06-1234 5678" and "+31 6 12345678" both become "+31612345678". */
    public static String normalisePhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[\\s()\\-.]", "");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = "+31" + digits.substring(1);
        }
        return digits;
    }

    /** Shows only the last four digits: "*****6789". */
    public static String maskInsuranceNumber(String number) {
        if (number == null || number.length() <= 4) {
            return number;
        }
        return "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }

    // ---- money -------------------------------------------------------------

    public static BigDecimal money(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static String invoiceNumber(int year, long sequence) {
        return ClinicConstants.INVOICE_PREFIX + year + "-" + sequence;
    }

    // ---- dates and times ---------------------------------------------------

    /** The billing period of a date: "2025-03". */
    public static String period(LocalDate date) {
        return date.format(PERIOD);
    }

    public static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public static long minutesBetween(LocalDateTime from, LocalDateTime to) {
        return Duration.between(from, to).toMinutes();
    }

    /** "04-03-2025 09:00-09:30", as printed on invoices and reminder letters. */
    public static String slotLabel(LocalDateTime start, LocalDateTime end) {
        return start.format(DATE) + " " + start.format(TIME) + "-" + end.format(TIME);
    }

    /** Accepts ISO dates and the old front-end's dd-MM-yyyy; null when neither. */
    public static LocalDate parseDate(String text) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.trim(), DATE);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
