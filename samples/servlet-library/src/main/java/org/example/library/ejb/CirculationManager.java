package org.example.library.ejb;

import java.util.List;

import org.example.library.model.Loan;
import org.example.library.model.ReturnReceipt;

/** Business interface of circulation: check-out, check-in, renewal. */
public interface CirculationManager {

    Loan checkout(long memberId, String barcode);

    ReturnReceipt checkin(String barcode);

    Loan renew(long loanId);

    Loan getLoan(long loanId);

    List<Loan> loansOf(long memberId, boolean activeOnly);
}
