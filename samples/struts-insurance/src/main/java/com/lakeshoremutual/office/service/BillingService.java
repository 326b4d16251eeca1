package com.lakeshoremutual.office.service;

import com.lakeshoremutual.office.domain.Instalment;
import com.lakeshoremutual.office.domain.Policy;
import com.lakeshoremutual.office.domain.PremiumReceipt;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

/** Premium accounting: instalments, receipts and arrears. */
public interface BillingService {

    void createSchedule(Policy policy);

    void cancelInstalmentsAfter(Long policyId, Date date);

    List<Instalment> findInstalments(Long policyId);

    List<PremiumReceipt> findReceipts(Long policyId);

    BigDecimal findPaidToDate(Long policyId);

    /** What the policyholder owes today: unpaid instalments due on or before the processing date. */
    BigDecimal findBalanceDue(Long policyId);

    /** The oldest instalment unpaid beyond the grace period, or null when the policy is not in arrears. */
    Instalment findArrears(Long policyId);

    /** Every instalment unpaid beyond the grace period, by policy. */
    List<Instalment> findArrearsReport();

    int countPoliciesInArrears();

    /** Records the receipt and pays instalments with it, oldest first; returns how many became paid. */
    int recordReceipt(PremiumReceipt receipt);
}
