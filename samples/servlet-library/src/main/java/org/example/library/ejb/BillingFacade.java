package org.example.library.ejb;

import java.util.List;

import org.example.library.model.Fine;
import org.example.library.model.Money;
import org.example.library.model.PaymentReceipt;

/** Business interface of billing: fines and payments. */
public interface BillingFacade {

    List<Fine> finesOf(long memberId, boolean openOnly);

    Fine getFine(long fineId);

    Fine assessOverdueFine(long memberId, long loanId, String title, Money amount);

    Fine waive(long fineId);

    PaymentReceipt pay(long memberId, Money amount, String method);
}
