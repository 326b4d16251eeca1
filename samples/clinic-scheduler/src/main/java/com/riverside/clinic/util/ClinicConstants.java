package com.riverside.clinic.util;

import java.math.BigDecimal;

/**
 * Everything that was hard-coded somewhere, collected in one place (2021 clean-up).
 * Implement it to use the constants without the prefix.
 */
public interface ClinicConstants {

    String CLINIC_NAME = "Riverside Physio";
    String CLINIC_ZONE = "Europe/Amsterdam";

    /** Date format of the old front-end; the API itself speaks ISO-8601. */
    String DATE_FORMAT = "dd-MM-yyyy";
    String TIME_FORMAT = "HH:mm";

    // visit types, as sent by the booking screen
    String VISIT_FIRST = "FIRST_VISIT";
    String VISIT_FOLLOW_UP = "FOLLOW_UP";

    // fees in EUR, agreed with the insurers for 2025 (were in the tariff spreadsheet before)
    BigDecimal FEE_FIRST_VISIT = new BigDecimal("68.00");
    BigDecimal FEE_FOLLOW_UP = new BigDecimal("45.00");
    BigDecimal FEE_NO_SHOW = new BigDecimal("25.00");

    // invoice statuses (column invoice.status)
    String INVOICE_OPEN = "OPEN";
    String INVOICE_ISSUED = "ISSUED";
    String INVOICE_PAID = "PAID";
    String INVOICE_PREFIX = "INV-";
    int PAYMENT_TERM_DAYS = 30;

    // schedules
    int DEFAULT_SLOT_MINUTES = 30;
    int MAX_SLOTS_PER_DAY = 24;

    // error codes of the API (the front-end translates them)
    String ERR_NOT_FOUND = "NOT_FOUND";
    String ERR_VALIDATION = "VALIDATION_FAILED";
    String ERR_SLOT_TAKEN = "SLOT_TAKEN";
    String ERR_OVERDUE_INVOICE = "OVERDUE_INVOICE";
}
