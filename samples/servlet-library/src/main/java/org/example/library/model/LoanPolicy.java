package org.example.library.model;

/**
 * Lending terms of a membership type: how many items, for how long, renewals, and the overdue
 * fine (per day, capped per item). Immutable.
 */
public final class LoanPolicy {

    private final MemberType memberType;
    private final int maxLoans;
    private final int loanDays;
    private final int maxRenewals;
    private final Money dailyFine;
    private final Money maxFine;

    public LoanPolicy(MemberType memberType, int maxLoans, int loanDays, int maxRenewals, Money dailyFine,
            Money maxFine) {
        this.memberType = memberType;
        this.maxLoans = maxLoans;
        this.loanDays = loanDays;
        this.maxRenewals = maxRenewals;
        this.dailyFine = dailyFine;
        this.maxFine = maxFine;
    }

    /** The board-approved terms (minutes of 14 March 2007), hard-coded ever since. */
    public static LoanPolicy forType(MemberType type) {
        switch (type) {
            case STUDENT:
                return new LoanPolicy(type, 8, 28, 3, Money.ofCents(15), Money.ofCents(800));
            case CHILD:
                return new LoanPolicy(type, 3, 14, 1, Money.ofCents(10), Money.ofCents(300));
            case SENIOR:
                return new LoanPolicy(type, 5, 28, 2, Money.ofCents(10), Money.ofCents(500));
            case ADULT:
            default:
                return new LoanPolicy(type, 5, 21, 2, Money.ofCents(25), Money.ofCents(1000));
        }
    }

    public MemberType getMemberType() {
        return memberType;
    }

    public int getMaxLoans() {
        return maxLoans;
    }

    public int getLoanDays() {
        return loanDays;
    }

    public int getMaxRenewals() {
        return maxRenewals;
    }

    public Money getDailyFine() {
        return dailyFine;
    }

    public Money getMaxFine() {
        return maxFine;
    }
}
