package org.example.library.service;

import java.util.ArrayList;
import java.util.List;

import org.example.library.exception.BusinessRuleException;
import org.example.library.exception.ValidationException;
import org.example.library.model.Fine;
import org.example.library.model.Money;

/**
 * Splits a payment over the open fines, oldest first. A fine is paid in full when the remaining
 * money covers it, otherwise reduced. Paying more than is owed is refused (the desk gives change).
 */
public class PaymentProcessor {

    /** One fine's share of a payment. */
    public static final class Allocation {
        private final Fine fine;
        private final Money amount;

        public Allocation(Fine fine, Money amount) {
            this.fine = fine;
            this.amount = amount;
        }

        public Fine getFine() {
            return fine;
        }

        public Money getAmount() {
            return amount;
        }

        /** True when this share pays the fine off. */
        public boolean isSettling() {
            return amount.equals(fine.getAmount());
        }
    }

    public List<Allocation> allocate(List<Fine> openFinesOldestFirst, Money payment) {
        if (!payment.isPositive()) {
            throw new ValidationException("amount must be positive");
        }
        Money owed = Money.ZERO;
        for (Fine f : openFinesOldestFirst) {
            owed = owed.plus(f.getAmount());
        }
        if (payment.isGreaterThan(owed)) {
            throw new BusinessRuleException("payment of " + payment.format() + " exceeds the balance of " + owed.format());
        }
        List<Allocation> result = new ArrayList<>();
        Money left = payment;
        for (Fine f : openFinesOldestFirst) {
            if (left.isZero()) {
                break;
            }
            Money share = f.getAmount().min(left);
            result.add(new Allocation(f, share));
            left = left.minus(share);
        }
        return result;
    }
}
