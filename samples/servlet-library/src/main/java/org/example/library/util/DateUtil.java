package org.example.library.util;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Date helpers. All dates are ISO days without time; null-safe where noted. */
public final class DateUtil {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern(LibraryConstants.DATE_FORMAT);

    private DateUtil() {
    }

    public static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.trim(), ISO);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (yyyy-MM-dd): " + text, e);
        }
    }

    /** Formats a day, or returns null for null. */
    public static String format(LocalDate day) {
        return day == null ? null : ISO.format(day);
    }

    public static Date toSql(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    public static LocalDate fromSql(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** Whole days from {@code from} to {@code to}; negative when {@code to} is earlier. */
    public static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    public static boolean isSunday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public static LocalDate addMonths(LocalDate day, int months) {
        return day.plusMonths(months);
    }
}
