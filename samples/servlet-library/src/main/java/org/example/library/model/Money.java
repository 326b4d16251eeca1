package org.example.library.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of US dollars held in cents. Immutable; never negative unless subtracted into. */
public final class Money implements Serializable, Comparable<Money> {

    private static final long serialVersionUID = 1L;

    public static final Money ZERO = new Money(0);

    private final long cents;

    private Money(long cents) {
        this.cents = cents;
    }

    public static Money ofCents(long cents) {
        return cents == 0 ? ZERO : new Money(cents);
    }

    /** Parses "3.50", "3" or "$3.50". */
    public static Money parse(String text) {
        String t = text.trim();
        if (t.startsWith("$")) {
            t = t.substring(1);
        }
        BigDecimal amount = new BigDecimal(t).setScale(2, RoundingMode.UNNECESSARY);
        return ofCents(amount.movePointRight(2).longValueExact());
    }

    public long getCents() {
        return cents;
    }

    public Money plus(Money other) {
        return ofCents(cents + other.cents);
    }

    public Money minus(Money other) {
        return ofCents(cents - other.cents);
    }

    public Money times(long factor) {
        return ofCents(cents * factor);
    }

    public Money min(Money other) {
        return cents <= other.cents ? this : other;
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean isGreaterThan(Money other) {
        return cents > other.cents;
    }

    /** "3.50". */
    public String format() {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(cents, o.cents);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money && ((Money) o).cents == cents;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(cents);
    }

    @Override
    public String toString() {
        return "$" + format();
    }
}
