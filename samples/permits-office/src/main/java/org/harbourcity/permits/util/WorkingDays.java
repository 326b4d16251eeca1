package org.harbourcity.permits.util;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The office calendar: Monday to Friday, less the public holidays of Harbour City. The holidays are typed in every
 * December for the next year.
 */
public final class WorkingDays {

    private static final Set<LocalDate> HOLIDAYS = new HashSet<LocalDate>(Arrays.asList(
            LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1),
            LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 27), LocalDate.of(2024, 8, 26),
            LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26),
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21),
            LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 26), LocalDate.of(2025, 8, 25),
            LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26)));

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !HOLIDAYS.contains(day);
    }

    /** The day that is {@code days} working days after {@code from} (from itself does not count). */
    public static LocalDate add(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The first working day on or after {@code day}. */
    public static LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
