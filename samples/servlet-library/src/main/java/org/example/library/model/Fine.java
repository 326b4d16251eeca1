package org.example.library.model;

import java.time.LocalDate;

import org.example.library.util.BillingConstants;
import org.example.library.util.DateUtil;
import org.example.library.util.JsonWriter;

/** An amount a member owes, usually for a late return. */
public class Fine extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private Long memberId;
    private Long loanId;
    private Money amount = Money.ZERO;
    private String reason;
    private LocalDate assessedOn;
    private String status = BillingConstants.FINE_OPEN;

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public Long getLoanId() {
        return loanId;
    }

    public void setLoanId(Long loanId) {
        this.loanId = loanId;
    }

    public Money getAmount() {
        return amount;
    }

    public void setAmount(Money amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isOpen() {
        return BillingConstants.FINE_OPEN.equals(status);
    }

    public void writeJson(JsonWriter w) {
        w.beginObject().field("id", getId()).field("memberId", memberId).field("loanId", loanId)
                .field("amount", amount.format()).field("reason", reason)
                .field("assessedOn", DateUtil.format(assessedOn)).field("status", status).endObject();
    }
}
