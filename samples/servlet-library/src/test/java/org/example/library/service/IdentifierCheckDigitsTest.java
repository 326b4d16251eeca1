package org.example.library.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ISBN and library-card check digits. */
class IdentifierCheckDigitsTest {

    @Test
    void isbn13AndIsbn10AreCheckedIgnoringHyphens() {
        assertTrue(IsbnValidator.isValid("978-0-441-47812-5"));
        assertTrue(IsbnValidator.isValid("0-441-47812-3"));
        assertTrue(IsbnValidator.isValid("080442957X"));
        assertFalse(IsbnValidator.isValid("9780441478126"));
        assertFalse(IsbnValidator.isValid("97804414781"));
        assertEquals("9780441478125", IsbnValidator.normalize("978-0-441-47812-5"));
    }

    @Test
    void cardNumbersCarryTheBranchPrefixAndALuhnDigit() {
        assertEquals("29070000000018", MembershipCardGenerator.cardNumber(1));
        assertEquals("29070000001008", MembershipCardGenerator.cardNumber(100));
        assertTrue(MembershipCardGenerator.isValid("29070000000059"));
        assertFalse(MembershipCardGenerator.isValid("29070000000058"));
    }
}
