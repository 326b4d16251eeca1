package org.example.library.model;

import java.time.LocalDate;

import org.example.library.util.DateUtil;
import org.example.library.util.JsonWriter;

/** Money received from a member at the desk. */
public class Payment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private Long memberId;
    private Money amount = Money.ZERO;
    private LocalDate paidOn;
    private String method;

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public Money getAmount() {
        return amount;
    }

    public void setAmount(Money amount) {
        this.amount = amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public void writeFields(JsonWriter w) {
        w.field("id", getId()).field("memberId", memberId).field("amount", amount.format())
                .field("paidOn", DateUtil.format(paidOn)).field("method", method);
    }
}
