package org.example.library.model;

import java.time.LocalDate;

import org.example.library.util.DateUtil;
import org.example.library.util.JsonWriter;

/** A member's hold on a title. When a copy comes back it is set aside (READY) for the first in line. */
public class Reservation extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private Long bookId;
    private Long memberId;
    private LocalDate placedOn;
    private ReservationStatus status = ReservationStatus.WAITING;
    private Long copyId;
    private String barcode;
    private LocalDate readyUntil;
    private int position;

    public Long getBookId() {
        return bookId;
    }

    public void setBookId(Long bookId) {
        this.bookId = bookId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public LocalDate getPlacedOn() {
        return placedOn;
    }

    public void setPlacedOn(LocalDate placedOn) {
        this.placedOn = placedOn;
    }

    public ReservationStatus getStatus() {
        return status;
    }

    public void setStatus(ReservationStatus status) {
        this.status = status;
    }

    /** The copy set aside once READY; null while WAITING. */
    public Long getCopyId() {
        return copyId;
    }

    public void setCopyId(Long copyId) {
        this.copyId = copyId;
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }

    public LocalDate getReadyUntil() {
        return readyUntil;
    }

    public void setReadyUntil(LocalDate readyUntil) {
        this.readyUntil = readyUntil;
    }

    /** 1-based place in the queue of WAITING holds; 0 when not waiting. */
    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public void writeJson(JsonWriter w) {
        w.beginObject().field("id", getId()).field("bookId", bookId).field("memberId", memberId)
                .field("placedOn", DateUtil.format(placedOn)).field("status", status.name())
                .field("position", position).field("barcode", barcode)
                .field("readyUntil", DateUtil.format(readyUntil)).endObject();
    }
}
