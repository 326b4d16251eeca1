package org.example.library.service;

import java.time.LocalDate;
import java.util.Set;

import org.example.library.util.DateUtil;

/**
 * Due dates: the loan period in calendar days, moved forward to the next day the library is open
 * (it is closed on Sundays and on the days of the holiday table).
 */
public class DueDateCalculator {

    /** Longest run of closed days we look ahead for (Christmas week plus a Sunday). */
    public static final int LOOKAHEAD_DAYS = 14;

    public LocalDate dueDate(LocalDate loanedOn, int loanDays, Set<LocalDate> holidays) {
        LocalDate due = loanedOn.plusDays(loanDays);
        int guard = 0;
        while ((DateUtil.isSunday(due) || holidays.contains(due)) && guard++ < LOOKAHEAD_DAYS) {
            due = due.plusDays(1);
        }
        return due;
    }
}
