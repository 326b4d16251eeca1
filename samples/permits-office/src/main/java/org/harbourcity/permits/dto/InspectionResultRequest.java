package org.harbourcity.permits.dto;

/**
 * What the inspector reports from site: PASSED or FAILED, the day, and notes.
 */
public class InspectionResultRequest {

    private String result;
    private String inspectedOn;
    private String notes;

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(String inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
