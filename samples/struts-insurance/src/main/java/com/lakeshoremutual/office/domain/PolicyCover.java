package com.lakeshoremutual.office.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One cover line of a policy: what is insured for how much, the deductible and the premium of the line.
 */
public class PolicyCover implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long policyId;
    private String coverCode;
    private CoverType coverType;
    private BigDecimal sumInsured;
    private BigDecimal deductible;
    private BigDecimal premium;

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

    public String getCoverCode() {
        return coverCode;
    }

    public void setCoverCode(String coverCode) {
        this.coverCode = coverCode;
    }

    public CoverType getCoverType() {
        return coverType;
    }

    public void setCoverType(CoverType coverType) {
        this.coverType = coverType;
    }

    public BigDecimal getSumInsured() {
        return sumInsured;
    }

    public void setSumInsured(BigDecimal sumInsured) {
        this.sumInsured = sumInsured;
    }

    public BigDecimal getDeductible() {
        return deductible;
    }

    public void setDeductible(BigDecimal deductible) {
        this.deductible = deductible;
    }

    public BigDecimal getPremium() {
        return premium;
    }

    public void setPremium(BigDecimal premium) {
        this.premium = premium;
    }

}
