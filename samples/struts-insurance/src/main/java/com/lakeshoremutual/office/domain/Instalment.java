package com.lakeshoremutual.office.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * One premium instalment of a policy. The arrears report fills the policy number and holder name from a join.
 */
public class Instalment implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String STATUS_DUE = "DUE";
    public static final String STATUS_PAID = "PAID";
    public static final String STATUS_CANCELLED = "CANCELLED";

    private Long id;
    private Long policyId;
    private int seq;
    private Date dueDate;
    private BigDecimal amount;
    private BigDecimal paidAmount = BigDecimal.ZERO;
    private String status;

    // report columns
    private String policyNo;
    private String holderName;

    public BigDecimal getOutstanding() {
        return STATUS_DUE.equals(status) ? amount.subtract(paidAmount) : BigDecimal.ZERO;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getPolicyId() {
        return policyId;
    }

    public void setPolicyId(Long policyId) {
        this.policyId = policyId;
    }

    public int getSeq() {
        return seq;
    }

    public void setSeq(int seq) {
        this.seq = seq;
    }

    public Date getDueDate() {
        return dueDate;
    }

    public void setDueDate(Date dueDate) {
        this.dueDate = dueDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public void setPaidAmount(BigDecimal paidAmount) {
        this.paidAmount = paidAmount;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPolicyNo() {
        return policyNo;
    }

    public void setPolicyNo(String policyNo) {
        this.policyNo = policyNo;
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }
}
