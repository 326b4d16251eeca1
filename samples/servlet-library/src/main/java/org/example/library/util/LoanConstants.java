package org.example.library.util;

/** Circulation constants: loan states and rule messages. */
public interface LoanConstants {

    String LOAN_ACTIVE = "ACTIVE";
    String LOAN_RETURNED = "RETURNED";
    String LOAN_LOST = "LOST";

    /** Days after the due date during which a return is not fined. */
    int GRACE_DAYS = 1;

    String MSG_NOT_AVAILABLE = "copy %s is not available";
    String MSG_HELD_FOR_OTHER = "copy %s is held for another member";
    String MSG_LIMIT_REACHED = "member %d has reached the limit of %d loans";
    String MSG_SUSPENDED = "member %d is suspended";
    String MSG_EXPIRED = "membership of member %d expired on %s";
    String MSG_BALANCE = "member %d owes %s, borrowing is blocked";
    String MSG_RENEWAL_LIMIT = "loan %d has already been renewed %d times";
    String MSG_RENEWAL_HOLDS = "loan %d cannot be renewed: other members are waiting for this title";
    String MSG_RENEWAL_OVERDUE = "loan %d is overdue and cannot be renewed";
}
