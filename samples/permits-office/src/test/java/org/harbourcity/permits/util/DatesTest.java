package org.harbourcity.permits.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void isoDatesAreReadAndEverythingElseIsReported() {
        List<String> errors = new ArrayList<>();
        assertEquals(LocalDate.of(2024, 3, 4), Dates.parse(" 2024-03-04 ", "The date", errors));
        assertNull(Dates.parse("04/03/2024", "The date of issue", errors));
        assertNull(Dates.parse("", "The date of submission", errors));
        assertEquals(List.of("The date of issue must be a date (yyyy-mm-dd).", "The date of submission is required."),
                errors);
    }
}
