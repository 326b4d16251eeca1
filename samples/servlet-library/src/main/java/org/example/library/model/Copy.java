package org.example.library.model;

import java.time.LocalDate;

import org.example.library.util.DateUtil;
import org.example.library.util.JsonWriter;

/** A physical item of a book, identified on the shelf by its barcode. */
public class Copy extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private Long bookId;
    private String barcode;
    private CopyStatus status = CopyStatus.AVAILABLE;
    private String shelf;
    private LocalDate acquiredOn;

    public Long getBookId() {
        return bookId;
    }

    public void setBookId(Long bookId) {
        this.bookId = bookId;
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }

    public CopyStatus getStatus() {
        return status;
    }

    public void setStatus(CopyStatus status) {
        this.status = status;
    }

    public String getShelf() {
        return shelf;
    }

    public void setShelf(String shelf) {
        this.shelf = shelf;
    }

    public LocalDate getAcquiredOn() {
        return acquiredOn;
    }

    public void setAcquiredOn(LocalDate acquiredOn) {
        this.acquiredOn = acquiredOn;
    }

    public boolean isAvailable() {
        return status == CopyStatus.AVAILABLE;
    }

    public void writeJson(JsonWriter w) {
        w.beginObject().field("id", getId()).field("bookId", bookId).field("barcode", barcode)
                .field("status", status.name()).field("shelf", shelf)
                .field("acquiredOn", DateUtil.format(acquiredOn)).endObject();
    }
}
