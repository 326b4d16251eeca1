package com.lakeshoremutual.office.service.impl;

import com.lakeshoremutual.office.dao.InstalmentMapper;
import com.lakeshoremutual.office.dao.PremiumReceiptMapper;
import com.lakeshoremutual.office.domain.Instalment;
import com.lakeshoremutual.office.domain.Policy;
import com.lakeshoremutual.office.domain.PremiumReceipt;
import com.lakeshoremutual.office.rules.InstalmentPlan;
import com.lakeshoremutual.office.service.BillingService;
import com.lakeshoremutual.office.util.BusinessCalendar;
import com.lakeshoremutual.office.util.DateUtils;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

public class BillingServiceImpl implements BillingService {

    private static final Log LOG = LogFactory.getLog(BillingServiceImpl.class);

    private InstalmentMapper instalmentMapper;
    private PremiumReceiptMapper premiumReceiptMapper;
    private InstalmentPlan instalmentPlan;
    private BusinessCalendar businessCalendar;
    private int graceDays = 30;

    public void createSchedule(Policy policy) {
        instalmentMapper.insertAll(instalmentPlan.schedule(policy));
    }

    public void cancelInstalmentsAfter(Long policyId, Date date) {
        int cancelled = instalmentMapper.cancelDueAfter(policyId, date);
        LOG.info("Cancelled " + cancelled + " instalment(s) of policy " + policyId);
    }

    public List<Instalment> findInstalments(Long policyId) {
        return instalmentMapper.findByPolicy(policyId);
    }

    public List<PremiumReceipt> findReceipts(Long policyId) {
        return premiumReceiptMapper.findByPolicy(policyId);
    }

    public BigDecimal findPaidToDate(Long policyId) {
        return premiumReceiptMapper.sumByPolicy(policyId);
    }

    public BigDecimal findBalanceDue(Long policyId) {
        Date today = businessCalendar.today();
        BigDecimal due = BigDecimal.ZERO.setScale(2);
        for (Instalment instalment : instalmentMapper.findByPolicy(policyId)) {
            if (!instalment.getDueDate().after(today)) {
                due = due.add(instalment.getOutstanding());
            }
        }
        return due;
    }

    public Instalment findArrears(Long policyId) {
        return instalmentMapper.findOldestOverdue(policyId, arrearsCutOff());
    }

    public List<Instalment> findArrearsReport() {
        return instalmentMapper.findOverdue(arrearsCutOff());
    }

    public int countPoliciesInArrears() {
        return instalmentMapper.countPoliciesOverdue(arrearsCutOff());
    }

    /** Instalments due before this day and still unpaid are in arrears. */
    private Date arrearsCutOff() {
        return DateUtils.addDays(businessCalendar.today(), -graceDays);
    }

    public int recordReceipt(PremiumReceipt receipt) {
        receipt.setReceivedOn(businessCalendar.today());
        premiumReceiptMapper.insert(receipt);
        List<Instalment> instalments = instalmentMapper.findByPolicy(receipt.getPolicyId());
        BigDecimal credit = instalmentPlan.unallocated(instalments, receipt.getAmount());
        int paid = 0;
        for (Instalment instalment : instalmentPlan.allocate(instalments, receipt.getAmount())) {
            instalmentMapper.update(instalment);
            if (Instalment.STATUS_PAID.equals(instalment.getStatus())) {
                paid++;
            }
        }
        if (credit.signum() > 0) {
            LOG.warn("Receipt " + receipt.getId() + " leaves a credit of " + credit + " on policy "
                    + receipt.getPolicyId());
        }
        return paid;
    }

    public void setInstalmentMapper(InstalmentMapper instalmentMapper) {
        this.instalmentMapper = instalmentMapper;
    }

    public void setPremiumReceiptMapper(PremiumReceiptMapper premiumReceiptMapper) {
        this.premiumReceiptMapper = premiumReceiptMapper;
    }

    public void setInstalmentPlan(InstalmentPlan instalmentPlan) {
        this.instalmentPlan = instalmentPlan;
    }

    public void setBusinessCalendar(BusinessCalendar businessCalendar) {
        this.businessCalendar = businessCalendar;
    }

    public void setGraceDays(int graceDays) {
        this.graceDays = graceDays;
    }
}
