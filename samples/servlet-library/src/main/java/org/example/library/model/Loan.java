package org.example.library.model;

import java.time.LocalDate;

import org.example.library.util.DateUtil;
import org.example.library.util.JsonWriter;
import org.example.library.util.LoanConstants;

/** A copy lent to a member. Status ACTIVE until returned (see LoanConstants). */
public class Loan extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private Long copyId;
    private Long memberId;
    private String barcode;
    private String title;
    private LocalDate loanedOn;
    private LocalDate dueOn;
    private LocalDate returnedOn;
    private int renewals;
    private String status = LoanConstants.LOAN_ACTIVE;

    public Long getCopyId() {
        return copyId;
    }

    public void setCopyId(Long copyId) {
        this.copyId = copyId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    /** Joined from book_copy; may be null. */
    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }

    /** Joined from book; may be null. */
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getLoanedOn() {
        return loanedOn;
    }

    public void setLoanedOn(LocalDate loanedOn) {
        this.loanedOn = loanedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public void setReturnedOn(LocalDate returnedOn) {
        this.returnedOn = returnedOn;
    }

    public int getRenewals() {
        return renewals;
    }

    public void setRenewals(int renewals) {
        this.renewals = renewals;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isActive() {
        return LoanConstants.LOAN_ACTIVE.equals(status);
    }

    public boolean isOverdueOn(LocalDate day) {
        return isActive() && dueOn.isBefore(day);
    }

    public void writeJson(JsonWriter w) {
        w.beginObject().field("id", getId()).field("memberId", memberId).field("copyId", copyId)
                .field("barcode", barcode).field("title", title)
                .field("loanedOn", DateUtil.format(loanedOn)).field("dueOn", DateUtil.format(dueOn))
                .field("returnedOn", DateUtil.format(returnedOn)).field("renewals", renewals)
                .field("status", status).endObject();
    }
}
