package org.example.library.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.example.library.model.Copy;
import org.example.library.model.CopyStatus;
import org.example.library.model.Loan;
import org.example.library.model.LoanPolicy;
import org.example.library.model.Member;
import org.example.library.model.MemberStatus;
import org.example.library.model.MemberType;
import org.example.library.model.Money;
import org.example.library.model.Reservation;
import org.junit.jupiter.api.Test;

class LoanRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);
    private final LoanRules rules = new LoanRules();
    private final LoanPolicy adult = LoanPolicy.forType(MemberType.ADULT);

    @Test
    void anActiveMemberInGoodStandingMayTakeAnAvailableCopy() {
        assertEquals(List.of(), rules.checkoutViolations(member(7), adult, 4, copy(CopyStatus.AVAILABLE), null, TODAY));
    }

    @Test
    void suspendedExpiredOrIndebtedMembersAreBlockedWithEveryReason() {
        Member m = member(7);
        m.setStatus(MemberStatus.SUSPENDED);
        m.setExpiresOn(TODAY.minusDays(1));
        m.setBalance(Money.ofCents(1001));
        assertEquals(List.of("member 7 is suspended", "membership of member 7 expired on 2024-03-14",
                "member 7 owes 10.01, borrowing is blocked"), rules.memberViolations(m, adult, 0, TODAY));
    }

    @Test
    void aBalanceOfExactlyTheLimitStillAllowsBorrowing() {
        Member m = member(7);
        m.setBalance(Money.ofCents(1000));
        assertEquals(List.of(), rules.memberViolations(m, adult, 0, TODAY));
    }

    @Test
    void theLoanLimitDependsOnTheMembershipType() {
        assertEquals(List.of("member 7 has reached the limit of 5 loans"),
                rules.memberViolations(member(7), adult, 5, TODAY));
        assertEquals(List.of(), rules.memberViolations(member(7), LoanPolicy.forType(MemberType.STUDENT), 5, TODAY));
    }

    @Test
    void aCopyOnHoldGoesOnlyToTheMemberItIsHeldFor() {
        Reservation hold = new Reservation();
        hold.setMemberId(7L);
        assertEquals(List.of(), rules.checkoutViolations(member(7), adult, 0, copy(CopyStatus.ON_HOLD), hold, TODAY));
        assertEquals(List.of("copy C-1234 is held for another member"),
                rules.checkoutViolations(member(8), adult, 0, copy(CopyStatus.ON_HOLD), hold, TODAY));
        assertEquals(List.of("copy C-1234 is not available"),
                rules.checkoutViolations(member(8), adult, 0, copy(CopyStatus.ON_LOAN), null, TODAY));
    }

    @Test
    void renewalIsRefusedWhenOverdueAtTheLimitOrWanted() {
        Loan loan = new Loan();
        loan.setId(3L);
        loan.setDueOn(TODAY.minusDays(1));
        loan.setRenewals(2);
        assertEquals(List.of("loan 3 is overdue and cannot be renewed", "loan 3 has already been renewed 2 times",
                "loan 3 cannot be renewed: other members are waiting for this title"),
                rules.renewalViolations(loan, adult, 1, TODAY));
        loan.setDueOn(TODAY);
        loan.setRenewals(1);
        assertEquals(List.of(), rules.renewalViolations(loan, adult, 0, TODAY));
    }

    private static Member member(long id) {
        Member m = new Member();
        m.setId(id);
        m.setExpiresOn(TODAY.plusYears(1));
        return m;
    }

    private static Copy copy(CopyStatus status) {
        Copy c = new Copy();
        c.setBarcode("C-1234");
        c.setStatus(status);
        return c;
    }
}
