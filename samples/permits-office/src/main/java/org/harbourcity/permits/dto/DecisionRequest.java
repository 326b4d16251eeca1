package org.harbourcity.permits.dto;

/**
 * The planning officer's decision: APPROVE or REFUSE, by whom, when, and why (required for a refusal).
 */
public class DecisionRequest {

    private String decision;
    private String reviewer;
    private String decidedOn;
    private String note;

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReviewer() {
        return reviewer;
    }

    public void setReviewer(String reviewer) {
        this.reviewer = reviewer;
    }

    public String getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(String decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
