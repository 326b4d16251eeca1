package org.example.library.model;

import java.util.ArrayList;
import java.util.List;

import org.example.library.util.JsonWriter;

/** A payment and how it was split over the fines. */
public class PaymentReceipt {

    private final Payment payment;
    private final List<Long> fineIds = new ArrayList<>();
    private final List<Money> amounts = new ArrayList<>();
    private Money remainingBalance = Money.ZERO;

    public PaymentReceipt(Payment payment) {
        this.payment = payment;
    }

    public void addAllocation(long fineId, Money amount) {
        fineIds.add(fineId);
        amounts.add(amount);
    }

    public Payment getPayment() {
        return payment;
    }

    public Money getRemainingBalance() {
        return remainingBalance;
    }

    public void setRemainingBalance(Money remainingBalance) {
        this.remainingBalance = remainingBalance;
    }

    public void writeJson(JsonWriter w) {
        w.beginObject();
        payment.writeFields(w);
        w.name("applied").beginArray();
        for (int i = 0; i < fineIds.size(); i++) {
            w.beginObject().field("fineId", fineIds.get(i)).field("amount", amounts.get(i).format()).endObject();
        }
        w.endArray().field("balance", remainingBalance.format()).endObject();
    }
}
