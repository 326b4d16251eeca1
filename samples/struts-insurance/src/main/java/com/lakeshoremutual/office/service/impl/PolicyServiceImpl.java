package com.lakeshoremutual.office.service.impl;

import com.lakeshoremutual.office.dao.ClaimMapper;
import com.lakeshoremutual.office.dao.CoverTypeMapper;
import com.lakeshoremutual.office.dao.PolicyMapper;
import com.lakeshoremutual.office.dao.PolicyholderMapper;
import com.lakeshoremutual.office.domain.CoverType;
import com.lakeshoremutual.office.domain.Policy;
import com.lakeshoremutual.office.domain.PolicyCover;
import com.lakeshoremutual.office.domain.Policyholder;
import com.lakeshoremutual.office.rules.PremiumCalculator;
import com.lakeshoremutual.office.service.BillingService;
import com.lakeshoremutual.office.service.BusinessRuleException;
import com.lakeshoremutual.office.service.PolicyService;
import com.lakeshoremutual.office.service.RecordNotFoundException;
import com.lakeshoremutual.office.util.BusinessCalendar;
import com.lakeshoremutual.office.util.DateUtils;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

public class PolicyServiceImpl implements PolicyService {

    private static final Log LOG = LogFactory.getLog(PolicyServiceImpl.class);

    private PolicyMapper policyMapper;
    private PolicyholderMapper policyholderMapper;
    private CoverTypeMapper coverTypeMapper;
    private ClaimMapper claimMapper;
    private BillingService billingService;
    private PremiumCalculator premiumCalculator;
    private BusinessCalendar businessCalendar;
    private int maxDaysAhead = 60;
    private int renewalWindowDays = 30;

    public Policy findPolicy(Long id) {
        Policy policy = policyMapper.findById(id);
        if (policy == null) {
            throw new RecordNotFoundException("policy", id);
        }
        return policy;
    }

    public Policy findPolicyByNumber(String policyNo) {
        if (policyNo == null || policyNo.trim().length() == 0) {
            return null;
        }
        return policyMapper.findByNumber(policyNo.trim());
    }

    public List<Policy> searchPolicies(String name, String policyNo, String status) {
        Map<String, Object> criteria = new HashMap<String, Object>();
        criteria.put("name", name);
        criteria.put("policyNo", policyNo);
        criteria.put("status", status);
        return policyMapper.search(criteria);
    }

    public List<CoverType> findCoverTypes(String product) {
        return coverTypeMapper.findByProduct(product);
    }

    public Policy issuePolicy(Policyholder holder, Policy policy, Map<String, BigDecimal> sumsInsured,
            BigDecimal deductible) {
        Date today = businessCalendar.today();
        Date inception = policy.getInceptionDate();
        if (inception.before(today) || inception.after(DateUtils.addDays(today, maxDaysAhead))) {
            throw new BusinessRuleException("error.policy.inception", DateUtils.format(today),
                    DateUtils.format(DateUtils.addDays(today, maxDaysAhead)));
        }
        List<PolicyCover> covers = new ArrayList<PolicyCover>();
        for (CoverType type : coverTypeMapper.findByProduct(policy.getProduct())) {
            BigDecimal sumInsured = sumsInsured.get(type.getCode());
            if (sumInsured == null || sumInsured.signum() <= 0) {
                continue;
            }
            PolicyCover cover = new PolicyCover();
            cover.setCoverCode(type.getCode());
            cover.setCoverType(type);
            cover.setSumInsured(sumInsured);
            cover.setDeductible(type.isFlatRated() ? BigDecimal.ZERO.setScale(2) : deductible);
            covers.add(cover);
        }
        if (covers.isEmpty()) {
            throw new BusinessRuleException("error.policy.noCover");
        }

        policyholderMapper.insert(holder);
        policy.setHolder(holder);
        policy.setStatus(Policy.STATUS_ACTIVE);
        policy.setExpiryDate(DateUtils.addDays(DateUtils.addMonths(inception, 12), -1));
        policy.setAnnualPremium(premiumCalculator.annualPremium(policy.getProduct(), covers));
        policyMapper.insert(policy);
        policy.setPolicyNo(policyNumber(policy));
        policyMapper.updatePolicyNo(policy.getId(), policy.getPolicyNo());
        for (PolicyCover cover : covers) {
            cover.setPolicyId(policy.getId());
            policyMapper.insertCover(cover);
        }
        policy.setCovers(covers);
        billingService.createSchedule(policy);
        LOG.info("Issued " + policy.getPolicyNo() + " by " + policy.getWrittenBy());
        return policy;
    }

    /** HO-100041, AU-100044: the product and the id, since 2009. */
    private static String policyNumber(Policy policy) {
        String prefix = Policy.PRODUCT_HOME.equals(policy.getProduct()) ? "HO" : "AU";
        return prefix + "-" + (100000 + policy.getId().longValue());
    }

    public Policy cancelPolicy(Long id, Date cancelDate) {
        Policy policy = findPolicy(id);
        if (!policy.isActive()) {
            throw new BusinessRuleException("error.policy.notActive", policy.getPolicyNo());
        }
        if (!policy.isInForceOn(cancelDate)) {
            throw new BusinessRuleException("error.policy.cancelDate", DateUtils.format(policy.getInceptionDate()),
                    DateUtils.format(policy.getExpiryDate()));
        }
        int openClaims = claimMapper.countOpenByPolicy(id);
        if (openClaims > 0) {
            throw new BusinessRuleException("error.policy.openClaims", policy.getPolicyNo(),
                    String.valueOf(openClaims));
        }
        policyMapper.cancel(id, cancelDate);
        billingService.cancelInstalmentsAfter(id, cancelDate);
        policy.setStatus(Policy.STATUS_CANCELLED);
        policy.setCancelledOn(cancelDate);
        return policy;
    }

    public int countRenewalsDue() {
        Date today = businessCalendar.today();
        return policyMapper.countRenewalsDue(today, DateUtils.addDays(today, renewalWindowDays));
    }

    public void setPolicyMapper(PolicyMapper policyMapper) {
        this.policyMapper = policyMapper;
    }

    public void setPolicyholderMapper(PolicyholderMapper policyholderMapper) {
        this.policyholderMapper = policyholderMapper;
    }

    public void setCoverTypeMapper(CoverTypeMapper coverTypeMapper) {
        this.coverTypeMapper = coverTypeMapper;
    }

    public void setClaimMapper(ClaimMapper claimMapper) {
        this.claimMapper = claimMapper;
    }

    public void setBillingService(BillingService billingService) {
        this.billingService = billingService;
    }

    public void setPremiumCalculator(PremiumCalculator premiumCalculator) {
        this.premiumCalculator = premiumCalculator;
    }

    public void setBusinessCalendar(BusinessCalendar businessCalendar) {
        this.businessCalendar = businessCalendar;
    }

    public void setMaxDaysAhead(int maxDaysAhead) {
        this.maxDaysAhead = maxDaysAhead;
    }

    public void setRenewalWindowDays(int renewalWindowDays) {
        this.renewalWindowDays = renewalWindowDays;
    }
}
