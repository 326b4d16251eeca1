package com.lakeshoremutual.office.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A home or auto policy: one policyholder, a twelve-month term, its cover lines and the annual premium, paid in
 * one or twelve instalments.
 */
public class Policy implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String STATUS_ACTIVE = "ACTIVE";
    public static final String STATUS_CANCELLED = "CANCELLED";
    public static final String PRODUCT_HOME = "HOME";
    public static final String PRODUCT_AUTO = "AUTO";
    public static final String PLAN_ANNUAL = "ANNUAL";
    public static final String PLAN_MONTHLY = "MONTHLY";

    private Long id;
    private String policyNo;
    private Policyholder holder;
    private String product;
    private String status;
    private Date inceptionDate;
    private Date expiryDate;
    private BigDecimal annualPremium;
    private String paymentPlan;
    private Date cancelledOn;
    private String writtenBy;
    private List<PolicyCover> covers = new ArrayList<PolicyCover>();

    /** In force on the day: within the term, and not cancelled on or before it. */
    public boolean isInForceOn(Date day) {
        if (day == null || day.before(inceptionDate) || day.after(expiryDate)) {
            return false;
        }
        return cancelledOn == null || day.before(cancelledOn);
    }

    public PolicyCover getCover(String coverCode) {
        for (PolicyCover cover : covers) {
            if (cover.getCoverCode().equals(coverCode)) {
                return cover;
            }
        }
        return null;
    }

    public boolean isActive() {
        return STATUS_ACTIVE.equals(status);
    }

    public String getProductName() {
        return PRODUCT_HOME.equals(product) ? "Homeowners" : "Personal Auto";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getPolicyNo() {
        return policyNo;
    }

    public void setPolicyNo(String policyNo) {
        this.policyNo = policyNo;
    }

    public Policyholder getHolder() {
        return holder;
    }

    public void setHolder(Policyholder holder) {
        this.holder = holder;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Date getInceptionDate() {
        return inceptionDate;
    }

    public void setInceptionDate(Date inceptionDate) {
        this.inceptionDate = inceptionDate;
    }

    public Date getExpiryDate() {
        return expiryDate;
    }

    public void setExpiryDate(Date expiryDate) {
        this.expiryDate = expiryDate;
    }

    public BigDecimal getAnnualPremium() {
        return annualPremium;
    }

    public void setAnnualPremium(BigDecimal annualPremium) {
        this.annualPremium = annualPremium;
    }

    public String getPaymentPlan() {
        return paymentPlan;
    }

    public void setPaymentPlan(String paymentPlan) {
        this.paymentPlan = paymentPlan;
    }

    public Date getCancelledOn() {
        return cancelledOn;
    }

    public void setCancelledOn(Date cancelledOn) {
        this.cancelledOn = cancelledOn;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public void setWrittenBy(String writtenBy) {
        this.writtenBy = writtenBy;
    }

    public List<PolicyCover> getCovers() {
        return covers;
    }

    public void setCovers(List<PolicyCover> covers) {
        this.covers = covers;
    }
}
