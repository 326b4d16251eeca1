package com.lakeshoremutual.office.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A claim on one cover of a policy: the loss, the handler who owns the file, the reserve (what the claim is still
 * expected to cost) and the diary.
 */
public class Claim implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String STATUS_OPEN = "OPEN";
    public static final String STATUS_CLOSED = "CLOSED";

    private Long id;
    private String claimNo;
    private Long policyId;
    private Policy policy;
    private String coverCode;
    private PolicyCover cover;
    private Date lossDate;
    private Date reportedDate;
    private String description;
    private String status;
    private BigDecimal reserveAmount;
    private Long handlerId;
    private StaffUser handler;
    private List<ClaimNote> notes = new ArrayList<ClaimNote>();

    public boolean isOpen() {
        return STATUS_OPEN.equals(status);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getClaimNo() {
        return claimNo;
    }

    public void setClaimNo(String claimNo) {
        this.claimNo = claimNo;
    }

    public Long getPolicyId() {
        return policyId;
    }

    public void setPolicyId(Long policyId) {
        this.policyId = policyId;
    }

    public Policy getPolicy() {
        return policy;
    }

    public void setPolicy(Policy policy) {
        this.policy = policy;
    }

    public String getCoverCode() {
        return coverCode;
    }

    public void setCoverCode(String coverCode) {
        this.coverCode = coverCode;
    }

    public PolicyCover getCover() {
        return cover;
    }

    public void setCover(PolicyCover cover) {
        this.cover = cover;
    }

    public Date getLossDate() {
        return lossDate;
    }

    public void setLossDate(Date lossDate) {
        this.lossDate = lossDate;
    }

    public Date getReportedDate() {
        return reportedDate;
    }

    public void setReportedDate(Date reportedDate) {
        this.reportedDate = reportedDate;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public BigDecimal getReserveAmount() {
        return reserveAmount;
    }

    public void setReserveAmount(BigDecimal reserveAmount) {
        this.reserveAmount = reserveAmount;
    }

    public Long getHandlerId() {
        return handlerId;
    }

    public void setHandlerId(Long handlerId) {
        this.handlerId = handlerId;
    }

    public StaffUser getHandler() {
        return handler;
    }

    public void setHandler(StaffUser handler) {
        this.handler = handler;
    }

    public List<ClaimNote> getNotes() {
        return notes;
    }

    public void setNotes(List<ClaimNote> notes) {
        this.notes = notes;
    }
}
