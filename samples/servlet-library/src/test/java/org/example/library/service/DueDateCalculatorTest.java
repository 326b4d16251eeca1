package org.example.library.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DueDateCalculatorTest {

    private static final LocalDate FRIDAY = LocalDate.of(2024, 3, 15);
    private final DueDateCalculator calculator = new DueDateCalculator();

    @Test
    void anOpenDayIsKept() {
        assertEquals(LocalDate.of(2024, 4, 5), calculator.dueDate(FRIDAY, 21, Set.of()));
    }

    @Test
    void aSundayMovesToMonday() {
        assertEquals(LocalDate.of(2024, 3, 18), calculator.dueDate(FRIDAY, 2, Set.of()));
    }

    @Test
    void aHolidayMovesToTheNextOpenDay() {
        Set<LocalDate> easter = Set.of(LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1));
        assertEquals(LocalDate.of(2024, 3, 30), calculator.dueDate(FRIDAY, 14, easter));
    }

    @Test
    void holidaySundayHolidayIsSkippedAsOneRun() {
        Set<LocalDate> easter = Set.of(LocalDate.of(2024, 3, 30), LocalDate.of(2024, 4, 1));
        assertEquals(LocalDate.of(2024, 4, 2), calculator.dueDate(LocalDate.of(2024, 3, 16), 14, easter));
    }
}
