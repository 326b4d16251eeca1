package org.example.library.service;

import java.time.LocalDate;

import org.example.library.model.LoanPolicy;
import org.example.library.model.Money;
import org.example.library.util.DateUtil;
import org.example.library.util.LoanConstants;

/**
 * Overdue fines: the policy's daily rate for every day late, capped at the policy's maximum per
 * item. A return within the grace period ({@link LoanConstants#GRACE_DAYS}) is not fined at all;
 * after it every day counts, including the grace day.
 */
public class FineCalculator {

    /** Calendar days between the due date and the return; 0 when returned on time. */
    public long daysLate(LocalDate dueOn, LocalDate returnedOn) {
        return Math.max(0, DateUtil.daysBetween(dueOn, returnedOn));
    }

    public Money calculate(LoanPolicy policy, LocalDate dueOn, LocalDate returnedOn) {
        long late = daysLate(dueOn, returnedOn);
        if (late <= LoanConstants.GRACE_DAYS) {
            return Money.ZERO;
        }
        return policy.getDailyFine().times(late).min(policy.getMaxFine());
    }
}
