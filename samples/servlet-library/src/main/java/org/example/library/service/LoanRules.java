package org.example.library.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.example.library.model.Copy;
import org.example.library.model.CopyStatus;
import org.example.library.model.Loan;
import org.example.library.model.LoanPolicy;
import org.example.library.model.Member;
import org.example.library.model.MemberStatus;
import org.example.library.model.Money;
import org.example.library.model.Reservation;
import org.example.library.util.BillingConstants;
import org.example.library.util.DateUtil;
import org.example.library.util.LoanConstants;

/**
 * The lending rules, as pure checks returning the list of violated rules (empty = allowed), in the
 * order the desk reports them.
 */
public class LoanRules implements LoanConstants {

    /** Why this member may not borrow at all right now. */
    public List<String> memberViolations(Member m, LoanPolicy policy, long activeLoans, LocalDate today) {
        List<String> result = new ArrayList<>();
        if (m.getStatus() == MemberStatus.SUSPENDED) {
            result.add(String.format(MSG_SUSPENDED, m.getId()));
        }
        if (m.getStatus() == MemberStatus.EXPIRED || m.isExpiredOn(today)) {
            result.add(String.format(MSG_EXPIRED, m.getId(), DateUtil.format(m.getExpiresOn())));
        }
        if (m.getBalance().isGreaterThan(Money.ofCents(BillingConstants.BLOCKING_BALANCE_CENTS))) {
            result.add(String.format(MSG_BALANCE, m.getId(), m.getBalance().format()));
        }
        if (activeLoans >= policy.getMaxLoans()) {
            result.add(String.format(MSG_LIMIT_REACHED, m.getId(), policy.getMaxLoans()));
        }
        return result;
    }

    /**
     * Why this member may not take this copy. {@code readyHold} is the READY reservation the copy
     * is set aside for, if any.
     */
    public List<String> checkoutViolations(Member m, LoanPolicy policy, long activeLoans, Copy copy,
            Reservation readyHold, LocalDate today) {
        List<String> result = memberViolations(m, policy, activeLoans, today);
        if (copy.getStatus() == CopyStatus.ON_HOLD) {
            if (readyHold == null || !m.getId().equals(readyHold.getMemberId())) {
                result.add(String.format(MSG_HELD_FOR_OTHER, copy.getBarcode()));
            }
        } else if (copy.getStatus() != CopyStatus.AVAILABLE) {
            result.add(String.format(MSG_NOT_AVAILABLE, copy.getBarcode()));
        }
        return result;
    }

    public List<String> renewalViolations(Loan loan, LoanPolicy policy, long waitingHolds, LocalDate today) {
        List<String> result = new ArrayList<>();
        if (loan.isOverdueOn(today)) {
            result.add(String.format(MSG_RENEWAL_OVERDUE, loan.getId()));
        }
        if (loan.getRenewals() >= policy.getMaxRenewals()) {
            result.add(String.format(MSG_RENEWAL_LIMIT, loan.getId(), loan.getRenewals()));
        }
        if (waitingHolds > 0) {
            result.add(String.format(MSG_RENEWAL_HOLDS, loan.getId()));
        }
        return result;
    }
}
