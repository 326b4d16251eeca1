package org.example.library.model;

import java.time.LocalDate;

import org.example.library.util.DateUtil;
import org.example.library.util.JsonWriter;

/** A message to a member (overdue reminder, hold ready...), queued then "sent" by the mailer. */
public class Notice extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String KIND_OVERDUE = "OVERDUE";
    public static final String KIND_HOLD_READY = "HOLD_READY";
    public static final String KIND_FINE = "FINE_ASSESSED";
    public static final String KIND_WELCOME = "WELCOME";

    private Long memberId;
    private String kind;
    private String reference;
    private String subject;
    private String body;
    private LocalDate createdOn;
    private String status = "PENDING";

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    /** What the notice is about, e.g. "loan:12"; used to avoid sending twice. */
    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }

    public void setCreatedOn(LocalDate createdOn) {
        this.createdOn = createdOn;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public void writeJson(JsonWriter w) {
        w.beginObject().field("id", getId()).field("memberId", memberId).field("kind", kind)
                .field("reference", reference).field("subject", subject).field("body", body)
                .field("createdOn", DateUtil.format(createdOn)).field("status", status).endObject();
    }
}
