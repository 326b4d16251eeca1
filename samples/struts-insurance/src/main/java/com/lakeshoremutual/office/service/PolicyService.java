package com.lakeshoremutual.office.service;

import com.lakeshoremutual.office.domain.CoverType;
import com.lakeshoremutual.office.domain.Policy;
import com.lakeshoremutual.office.domain.Policyholder;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Underwriting: finding, issuing and cancelling policies. */
public interface PolicyService {

    /** The policy with holder and covers; RecordNotFoundException when there is none. */
    Policy findPolicy(Long id);

    /** The policy with holder and covers, or null. */
    Policy findPolicyByNumber(String policyNo);

    List<Policy> searchPolicies(String name, String policyNo, String status);

    List<CoverType> findCoverTypes(String product);

    /**
     * Issues a new policy for a new policyholder: prices the covers given a sum insured (cover code to amount),
     * numbers the policy and sets up its instalments.
     */
    Policy issuePolicy(Policyholder holder, Policy policy, Map<String, BigDecimal> sumsInsured,
            BigDecimal deductible);

    /** Cancels from the day (refused while the policy has open claims) and cancels the later instalments. */
    Policy cancelPolicy(Long id, Date cancelDate);

    /** Active policies expiring within the renewal window from the processing date. */
    int countRenewalsDue();
}
