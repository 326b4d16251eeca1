package org.example.library.model;

import java.time.LocalDate;

import org.example.library.util.DateUtil;
import org.example.library.util.JsonWriter;

/** One line of the audit trail: who-did-what on which record. */
public class AuditEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private String entity;
    private Long entityId;
    private String action;
    private String detail;
    private LocalDate loggedOn;

    public AuditEntry() {
    }

    public AuditEntry(String entity, Long entityId, String action, String detail, LocalDate loggedOn) {
        this.entity = entity;
        this.entityId = entityId;
        this.action = action;
        this.detail = detail;
        this.loggedOn = loggedOn;
    }

    public String getEntity() {
        return entity;
    }

    public void setEntity(String entity) {
        this.entity = entity;
    }

    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public LocalDate getLoggedOn() {
        return loggedOn;
    }

    public void setLoggedOn(LocalDate loggedOn) {
        this.loggedOn = loggedOn;
    }

    public void writeJson(JsonWriter w) {
        w.beginObject().field("entity", entity).field("entityId", entityId).field("action", action)
                .field("detail", detail).field("loggedOn", DateUtil.format(loggedOn)).endObject();
    }
}
