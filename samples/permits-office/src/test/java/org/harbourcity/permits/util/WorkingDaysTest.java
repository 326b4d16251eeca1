package org.harbourcity.permits.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void weekendsAndPublicHolidaysAreNotWorkingDays() {
        assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2024, 3, 28)));
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2024, 3, 29)), "Good Friday");
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2024, 3, 30)));
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2024, 4, 1)), "Easter Monday");
    }

    @Test
    void theStatutoryTwentyDaysStepOverEaster() {
        // the scenarios' building application, submitted on Monday 4 March 2024
        assertEquals(LocalDate.of(2024, 4, 3), WorkingDays.add(LocalDate.of(2024, 3, 4), 20));
        // the seeded apartment block, submitted on 15 January
        assertEquals(LocalDate.of(2024, 2, 12), WorkingDays.add(LocalDate.of(2024, 1, 15), 20));
    }

    @Test
    void theStartDayDoesNotCount() {
        assertEquals(LocalDate.of(2024, 3, 4), WorkingDays.add(LocalDate.of(2024, 3, 4), 0));
        assertEquals(LocalDate.of(2024, 3, 11), WorkingDays.add(LocalDate.of(2024, 3, 8), 1), "Friday + 1");
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.add(LocalDate.of(2024, 3, 4), -1));
    }

    @Test
    void onOrAfterMovesOffHolidaysAndWeekends() {
        assertEquals(LocalDate.of(2024, 4, 2), WorkingDays.onOrAfter(LocalDate.of(2024, 3, 29)));
        assertEquals(LocalDate.of(2024, 3, 4), WorkingDays.onOrAfter(LocalDate.of(2024, 3, 4)));
    }
}
