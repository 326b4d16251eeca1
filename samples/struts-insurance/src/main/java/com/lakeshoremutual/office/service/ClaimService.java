package com.lakeshoremutual.office.service;

import com.lakeshoremutual.office.domain.Claim;
import com.lakeshoremutual.office.domain.ClaimPayment;
import java.util.List;

/** Claims: first notice of loss, the diary, payments and closing. */
public interface ClaimService {

    /** The claim with policy, cover, handler and notes; RecordNotFoundException when there is none. */
    Claim findClaim(Long id);

    List<Claim> findClaims(String status, Long handlerId);

    List<Claim> findClaimsForPolicy(Long policyId);

    List<ClaimPayment> findPayments(Long claimId);

    /** Registers a claim on a cover of the policy in force on the loss date; numbers it. */
    Claim registerClaim(String policyNo, Claim claim);

    void addNote(Long claimId, String text, String writtenBy);

    /**
     * Pays a claim: the deductible is taken first, the cover limit and the approver's authority are checked, and
     * nothing is paid while the premium is in arrears. The reserve goes down by the net amount.
     */
    ClaimPayment payClaim(Long claimId, ClaimPayment payment, Long approverId);

    void closeClaim(Long claimId, String closedBy);

    int countOpenClaims(Long handlerId);
}
