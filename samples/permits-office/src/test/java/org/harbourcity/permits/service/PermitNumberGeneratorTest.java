package org.harbourcity.permits.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.harbourcity.permits.domain.PermitType;
import org.junit.jupiter.api.Test;

class PermitNumberGeneratorTest {

    @Test
    void oneCounterPerYearSharedByAllTypes() {
        PermitNumberGenerator numbers = new PermitNumberGenerator();
        assertEquals("BP-2024-0001", numbers.next(PermitType.BUILDING, 2024));
        assertEquals("SG-2024-0002", numbers.next(PermitType.SIGN, 2024));
        assertEquals("DM-2025-0001", numbers.next(PermitType.DEMOLITION, 2025));
        assertEquals("FN-2024-0003", numbers.next(PermitType.FENCE, 2024));
    }

    @Test
    void fourDigitsWithLeadingZeros() {
        assertEquals("BP-2024-0009", PermitNumberGenerator.format(PermitType.BUILDING, 2024, 9));
        assertEquals("BP-2024-12345", PermitNumberGenerator.format(PermitType.BUILDING, 2024, 12345));
    }
}
