package org.harbourcity.permits.domain;

import java.util.Date;
import javax.json.bind.annotation.JsonbPropertyOrder;
import javax.json.bind.annotation.JsonbTransient;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One line of the permit file's audit trail: what happened to a permit or parcel. Kept for ten years by law.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.bySubject", query = "SELECT a FROM AuditEntry a WHERE a.subject = :subject ORDER BY a.id")
@JsonbPropertyOrder({"subject", "action", "detail"})
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject", nullable = false, length = 16)
    private String subject;

    @Column(name = "action", nullable = false, length = 32)
    private String action;

    @Column(name = "detail", length = 400)
    private String detail;

    @JsonbTransient
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "recorded_at", nullable = false)
    private Date recordedAt;

    public AuditEntry() {
    }

    public AuditEntry(String subject, String action, String detail, Date recordedAt) {
        this.subject = subject;
        this.action = action;
        this.detail = detail;
        this.recordedAt = recordedAt;
    }

    @JsonbTransient
    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public Date getRecordedAt() {
        return recordedAt;
    }
}
