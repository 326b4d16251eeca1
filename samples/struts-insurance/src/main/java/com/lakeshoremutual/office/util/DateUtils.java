package com.lakeshoremutual.office.util;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;

/**
 * Dates as the office writes them (MM/dd/yyyy) and the calendar arithmetic of policy terms and instalments.
 * A new SimpleDateFormat per call: the shared static one garbled dates under load (2013).
 */
public final class DateUtils {

    public static final String PATTERN = "MM/dd/yyyy";

    private DateUtils() {
    }

    /** The date, or null when the text is not a real MM/dd/yyyy date. */
    public static Date parse(String text) {
        if (text == null || !text.trim().matches("\\d{2}/\\d{2}/\\d{4}")) {
            return null;
        }
        SimpleDateFormat format = new SimpleDateFormat(PATTERN);
        format.setLenient(false);
        try {
            return format.parse(text.trim());
        } catch (ParseException e) {
            return null;
        }
    }

    public static String format(Date date) {
        return date == null ? "" : new SimpleDateFormat(PATTERN).format(date);
    }

    public static Date date(int year, int month, int day) {
        Calendar c = Calendar.getInstance();
        c.clear();
        c.set(year, month - 1, day);
        return c.getTime();
    }

    /** The same day n months later; the 31st becomes the last day of a shorter month. */
    public static Date addMonths(Date date, int months) {
        Calendar c = Calendar.getInstance();
        c.setTime(date);
        c.add(Calendar.MONTH, months);
        return c.getTime();
    }

    public static Date addDays(Date date, int days) {
        Calendar c = Calendar.getInstance();
        c.setTime(date);
        c.add(Calendar.DAY_OF_MONTH, days);
        return c.getTime();
    }

    public static int yearOf(Date date) {
        Calendar c = Calendar.getInstance();
        c.setTime(date);
        return c.get(Calendar.YEAR);
    }

    /** Midnight of the day, for comparing dates that may carry a time. */
    public static Date truncate(Date date) {
        Calendar c = Calendar.getInstance();
        c.setTime(date);
        c.set(Calendar.HOUR_OF_DAY, 0);
        c.set(Calendar.MINUTE, 0);
        c.set(Calendar.SECOND, 0);
        c.set(Calendar.MILLISECOND, 0);
        return c.getTime();
    }
}
