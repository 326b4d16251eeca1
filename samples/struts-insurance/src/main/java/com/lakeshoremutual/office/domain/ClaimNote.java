package com.lakeshoremutual.office.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * A diary entry on a claim file.
 */
public class ClaimNote implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long claimId;
    private String writtenBy;
    private Date writtenAt;
    private String text;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getClaimId() {
        return claimId;
    }

    public void setClaimId(Long claimId) {
        this.claimId = claimId;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public void setWrittenBy(String writtenBy) {
        this.writtenBy = writtenBy;
    }

    public Date getWrittenAt() {
        return writtenAt;
    }

    public void setWrittenAt(Date writtenAt) {
        this.writtenAt = writtenAt;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

}
