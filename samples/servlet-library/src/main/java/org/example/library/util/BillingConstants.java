package org.example.library.util;

/** Fine and payment constants. Amounts are in cents. */
public interface BillingConstants {

    String FINE_OPEN = "OPEN";
    String FINE_PAID = "PAID";
    String FINE_WAIVED = "WAIVED";

    String REASON_OVERDUE = "OVERDUE";
    String REASON_LOST = "LOST_ITEM";

    /** A member owing more than this cannot borrow. */
    long BLOCKING_BALANCE_CENTS = 1000L;

    String METHOD_CASH = "CASH";
    String METHOD_CARD = "CARD";
}
