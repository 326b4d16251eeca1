package com.lakeshoremutual.office.service.impl;

import com.lakeshoremutual.office.dao.ClaimMapper;
import com.lakeshoremutual.office.dao.ClaimPaymentMapper;
import com.lakeshoremutual.office.domain.Claim;
import com.lakeshoremutual.office.domain.ClaimNote;
import com.lakeshoremutual.office.domain.ClaimPayment;
import com.lakeshoremutual.office.domain.Instalment;
import com.lakeshoremutual.office.domain.Policy;
import com.lakeshoremutual.office.domain.PolicyCover;
import com.lakeshoremutual.office.domain.StaffUser;
import com.lakeshoremutual.office.rules.SettlementCalculator;
import com.lakeshoremutual.office.service.BillingService;
import com.lakeshoremutual.office.service.BusinessRuleException;
import com.lakeshoremutual.office.service.ClaimService;
import com.lakeshoremutual.office.service.PolicyService;
import com.lakeshoremutual.office.service.RecordNotFoundException;
import com.lakeshoremutual.office.service.StaffService;
import com.lakeshoremutual.office.util.BusinessCalendar;
import com.lakeshoremutual.office.util.DateUtils;
import com.lakeshoremutual.office.util.MoneyUtils;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

public class ClaimServiceImpl implements ClaimService {

    private static final Log LOG = LogFactory.getLog(ClaimServiceImpl.class);

    private ClaimMapper claimMapper;
    private ClaimPaymentMapper claimPaymentMapper;
    private PolicyService policyService;
    private BillingService billingService;
    private StaffService staffService;
    private SettlementCalculator settlementCalculator;
    private BusinessCalendar businessCalendar;

    public Claim findClaim(Long id) {
        Claim claim = claimMapper.findById(id);
        if (claim == null) {
            throw new RecordNotFoundException("claim", id);
        }
        return claim;
    }

    public List<Claim> findClaims(String status, Long handlerId) {
        return claimMapper.search(status, handlerId, null);
    }

    public List<Claim> findClaimsForPolicy(Long policyId) {
        return claimMapper.search(null, null, policyId);
    }

    public List<ClaimPayment> findPayments(Long claimId) {
        return claimPaymentMapper.findByClaim(claimId);
    }

    public Claim registerClaim(String policyNo, Claim claim) {
        Policy policy = policyService.findPolicyByNumber(policyNo);
        if (policy == null) {
            throw new BusinessRuleException("error.claim.noPolicy", policyNo);
        }
        Date today = businessCalendar.today();
        if (claim.getLossDate().after(today)) {
            throw new BusinessRuleException("error.claim.lossInFuture");
        }
        if (!policy.isInForceOn(claim.getLossDate())) {
            throw new BusinessRuleException("error.claim.notInForce", policy.getPolicyNo(),
                    DateUtils.format(claim.getLossDate()));
        }
        if (policy.getCover(claim.getCoverCode()) == null) {
            throw new BusinessRuleException("error.claim.noCover", policy.getPolicyNo());
        }
        claim.setPolicyId(policy.getId());
        claim.setReportedDate(today);
        claim.setStatus(Claim.STATUS_OPEN);
        claimMapper.insert(claim);
        claim.setClaimNo(claimNumber(claim.getId(), today));
        claimMapper.updateClaimNo(claim.getId(), claim.getClaimNo());
        LOG.info("Registered " + claim.getClaimNo() + " on " + policy.getPolicyNo());
        return claim;
    }

    /** CL-2024-00017: the year reported and the id. */
    static String claimNumber(Long id, Date reported) {
        return "CL-" + DateUtils.yearOf(reported) + "-" + String.format("%05d", id);
    }

    public void addNote(Long claimId, String text, String writtenBy) {
        findClaim(claimId);
        ClaimNote note = new ClaimNote();
        note.setClaimId(claimId);
        note.setText(text);
        note.setWrittenBy(writtenBy);
        claimMapper.insertNote(note);
    }

    public ClaimPayment payClaim(Long claimId, ClaimPayment payment, Long approverId) {
        Claim claim = findClaim(claimId);
        if (!claim.isOpen()) {
            throw new BusinessRuleException("error.claim.notOpen", claim.getClaimNo());
        }
        Instalment arrears = billingService.findArrears(claim.getPolicyId());
        if (arrears != null) {
            throw new BusinessRuleException("error.payment.arrears", claim.getPolicy().getPolicyNo(),
                    DateUtils.format(arrears.getDueDate()));
        }
        PolicyCover cover = claim.getCover();
        BigDecimal gross = payment.getGrossAmount();
        BigDecimal deductible = settlementCalculator.deductibleToApply(gross, cover.getDeductible(),
                claimPaymentMapper.sumDeductibleApplied(claimId));
        BigDecimal net = settlementCalculator.netPayment(gross, deductible);
        if (net.signum() <= 0) {
            throw new BusinessRuleException("error.payment.withinDeductible", MoneyUtils.format(cover.getDeductible()));
        }
        BigDecimal limit = settlementCalculator.remainingLimit(cover.getSumInsured(),
                claimPaymentMapper.sumNetPaid(claimId));
        if (net.compareTo(limit) > 0) {
            throw new BusinessRuleException("error.payment.overLimit", MoneyUtils.format(net),
                    MoneyUtils.format(limit));
        }
        StaffUser approver = staffService.findStaff(approverId);
        if (net.compareTo(approver.getAuthorityLimit()) > 0) {
            throw new BusinessRuleException("error.payment.authority", MoneyUtils.format(net),
                    MoneyUtils.format(approver.getAuthorityLimit()));
        }
        payment.setClaimId(claimId);
        payment.setDeductibleApplied(deductible);
        payment.setNetAmount(net);
        payment.setPaidOn(businessCalendar.today());
        payment.setApprovedBy(approver.getUsername());
        claimPaymentMapper.insert(payment);
        claimMapper.updateReserve(claimId, settlementCalculator.reserveAfter(claim.getReserveAmount(), net));
        return payment;
    }

    public void closeClaim(Long claimId, String closedBy) {
        Claim claim = findClaim(claimId);
        if (claimMapper.close(claimId) == 0) {
            throw new BusinessRuleException("error.claim.notOpen", claim.getClaimNo());
        }
        addNote(claimId, "Claim closed.", closedBy);
    }

    public int countOpenClaims(Long handlerId) {
        return claimMapper.countOpenByHandler(handlerId);
    }

    public void setClaimMapper(ClaimMapper claimMapper) {
        this.claimMapper = claimMapper;
    }

    public void setClaimPaymentMapper(ClaimPaymentMapper claimPaymentMapper) {
        this.claimPaymentMapper = claimPaymentMapper;
    }

    public void setPolicyService(PolicyService policyService) {
        this.policyService = policyService;
    }

    public void setBillingService(BillingService billingService) {
        this.billingService = billingService;
    }

    public void setStaffService(StaffService staffService) {
        this.staffService = staffService;
    }

    public void setSettlementCalculator(SettlementCalculator settlementCalculator) {
        this.settlementCalculator = settlementCalculator;
    }

    public void setBusinessCalendar(BusinessCalendar businessCalendar) {
        this.businessCalendar = businessCalendar;
    }
}
