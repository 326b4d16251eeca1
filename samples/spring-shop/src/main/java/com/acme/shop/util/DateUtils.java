package com.acme.shop.util;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Date helpers shared by the order, invoice and reporting code.
 */
public final class DateUtils {

    public static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    public static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private DateUtils() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : ISO_DATE.format(date);
    }

    public static String formatGerman(LocalDate date) {
        return date == null ? "" : GERMAN_DATE.format(date);
    }

    public static LocalDate parse(String s) {
        return StringUtils.isBlank(s) ? null : LocalDate.parse(s.trim(), ISO_DATE);
    }

    public static LocalDateTime startOfDay(LocalDate date) {
        return date.atStartOfDay();
    }

    public static LocalDateTime endOfDay(LocalDate date) {
        return date.plusDays(1).atStartOfDay().minusNanos(1);
    }

    public static long daysBetween(LocalDateTime from, LocalDateTime to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** Payment terms: invoices are due {@code days} days after issue, moved off weekends. */
    public static LocalDate dueDate(LocalDate issued, int days) {
        LocalDate due = issued.plusDays(days);
        switch (due.getDayOfWeek()) {
            case SATURDAY:
                return due.plusDays(2);
            case SUNDAY:
                return due.plusDays(1);
            default:
                return due;
        }
    }
}
