package org.example.library.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.example.library.model.LoanPolicy;
import org.example.library.model.MemberType;
import org.example.library.model.Money;
import org.junit.jupiter.api.Test;

class FineCalculatorTest {

    private static final LocalDate DUE = LocalDate.of(2024, 3, 1);
    private final FineCalculator calculator = new FineCalculator();
    private final LoanPolicy adult = LoanPolicy.forType(MemberType.ADULT);

    @Test
    void returnOnOrBeforeTheDueDateIsFree() {
        assertEquals(Money.ZERO, calculator.calculate(adult, DUE, DUE));
        assertEquals(Money.ZERO, calculator.calculate(adult, DUE, DUE.minusDays(3)));
        assertEquals(0, calculator.daysLate(DUE, DUE.minusDays(3)));
    }

    @Test
    void oneDayLateIsWithinTheGracePeriod() {
        assertEquals(Money.ZERO, calculator.calculate(adult, DUE, DUE.plusDays(1)));
    }

    @Test
    void afterTheGracePeriodEveryDayCountsIncludingTheGraceDay() {
        assertEquals(Money.ofCents(50), calculator.calculate(adult, DUE, DUE.plusDays(2)));
        assertEquals(Money.ofCents(350), calculator.calculate(adult, DUE, DUE.plusDays(14)));
    }

    @Test
    void theFineIsCappedPerItemByThePolicy() {
        assertEquals(Money.ofCents(1000), calculator.calculate(adult, DUE, DUE.plusDays(200)));
        assertEquals(Money.ofCents(300), calculator.calculate(LoanPolicy.forType(MemberType.CHILD), DUE, DUE.plusDays(45)));
    }

    @Test
    void ratesDependOnTheMembershipType() {
        assertEquals(Money.ofCents(100), calculator.calculate(LoanPolicy.forType(MemberType.SENIOR), DUE, DUE.plusDays(10)));
        assertEquals(Money.ofCents(150), calculator.calculate(LoanPolicy.forType(MemberType.STUDENT), DUE, DUE.plusDays(10)));
    }
}
