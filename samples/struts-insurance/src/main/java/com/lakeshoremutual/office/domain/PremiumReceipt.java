package com.lakeshoremutual.office.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/**
 * Money received from a policyholder for the premium (check, EFT or card).
 */
public class PremiumReceipt implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long policyId;
    private Date receivedOn;
    private BigDecimal amount;
    private String method;
    private String reference;
    private String recordedBy;

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

    public Date getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(Date receivedOn) {
        this.receivedOn = receivedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }

}
