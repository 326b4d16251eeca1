package org.example.library.model;

import org.example.library.util.JsonWriter;

/** What the desk prints when a copy comes back: the closed loan, days late, the fine, and the hold it now serves. */
public class ReturnReceipt {

    private final Loan loan;
    private final long daysLate;
    private final Fine fine;
    private final Reservation hold;

    public ReturnReceipt(Loan loan, long daysLate, Fine fine, Reservation hold) {
        this.loan = loan;
        this.daysLate = daysLate;
        this.fine = fine;
        this.hold = hold;
    }

    public Loan getLoan() {
        return loan;
    }

    public long getDaysLate() {
        return daysLate;
    }

    /** Null when returned on time or within the grace period. */
    public Fine getFine() {
        return fine;
    }

    /** The reservation the copy was set aside for, or null when it went back on the shelf. */
    public Reservation getHold() {
        return hold;
    }

    public void writeJson(JsonWriter w) {
        w.beginObject().name("loan");
        loan.writeJson(w);
        w.field("daysLate", daysLate).name("fine");
        if (fine == null) {
            w.nullValue();
        } else {
            fine.writeJson(w);
        }
        w.field("heldForMemberId", hold == null ? null : hold.getMemberId())
                .field("copyStatus", hold == null ? CopyStatus.AVAILABLE.name() : CopyStatus.ON_HOLD.name())
                .endObject();
    }
}
