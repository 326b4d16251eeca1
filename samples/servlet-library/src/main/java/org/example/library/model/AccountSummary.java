package org.example.library.model;

import java.util.ArrayList;
import java.util.List;

import org.example.library.util.JsonWriter;

/** Everything the desk sees about a member: loans, holds, fines, balance, and whether they may borrow. */
public class AccountSummary {

    private Member member;
    private List<Loan> activeLoans = new ArrayList<>();
    private List<Reservation> reservations = new ArrayList<>();
    private List<Fine> openFines = new ArrayList<>();
    private List<String> borrowingBlocks = new ArrayList<>();
    private int overdueCount;

    public Member getMember() {
        return member;
    }

    public void setMember(Member member) {
        this.member = member;
    }

    public List<Loan> getActiveLoans() {
        return activeLoans;
    }

    public void setActiveLoans(List<Loan> activeLoans) {
        this.activeLoans = activeLoans;
    }

    public List<Reservation> getReservations() {
        return reservations;
    }

    public void setReservations(List<Reservation> reservations) {
        this.reservations = reservations;
    }

    public List<Fine> getOpenFines() {
        return openFines;
    }

    public void setOpenFines(List<Fine> openFines) {
        this.openFines = openFines;
    }

    public List<String> getBorrowingBlocks() {
        return borrowingBlocks;
    }

    public void setBorrowingBlocks(List<String> borrowingBlocks) {
        this.borrowingBlocks = borrowingBlocks;
    }

    public int getOverdueCount() {
        return overdueCount;
    }

    public void setOverdueCount(int overdueCount) {
        this.overdueCount = overdueCount;
    }

    public void writeJson(JsonWriter w) {
        w.beginObject().name("member").beginObject();
        member.writeFields(w);
        w.endObject();
        w.field("balance", member.getBalance().format()).field("overdueCount", overdueCount)
                .field("canBorrow", borrowingBlocks.isEmpty());
        w.name("activeLoans").beginArray();
        for (Loan l : activeLoans) {
            l.writeJson(w);
        }
        w.endArray().name("reservations").beginArray();
        for (Reservation r : reservations) {
            r.writeJson(w);
        }
        w.endArray().name("openFines").beginArray();
        for (Fine f : openFines) {
            f.writeJson(w);
        }
        w.endArray().name("borrowingBlocks").beginArray();
        for (String b : borrowingBlocks) {
            w.value(b);
        }
        w.endArray().endObject();
    }
}
