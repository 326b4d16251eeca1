package org.harbourcity.permits.dto;

/**
 * Issuing or withdrawing a permit: the date it happens and an optional note for the file.
 */
public class StatusChangeRequest {

    private String on;
    private String note;

    public String getOn() {
        return on;
    }

    public void setOn(String on) {
        this.on = on;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
