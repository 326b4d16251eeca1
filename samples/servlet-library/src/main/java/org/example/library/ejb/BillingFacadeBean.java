package org.example.library.ejb;

import java.util.List;

import javax.ejb.Local;
import javax.ejb.Stateless;

import org.example.library.dao.FineDao;
import org.example.library.dao.MemberDao;
import org.example.library.dao.PaymentDao;
import org.example.library.db.TransactionHelper;
import org.example.library.exception.BusinessRuleException;
import org.example.library.exception.NotFoundException;
import org.example.library.exception.ValidationException;
import org.example.library.model.Fine;
import org.example.library.model.Money;
import org.example.library.model.Notice;
import org.example.library.model.Payment;
import org.example.library.model.PaymentReceipt;
import org.example.library.service.LibraryManager;
import org.example.library.service.PaymentProcessor;
import org.example.library.util.BillingConstants;
import org.example.library.util.JndiNames;
import org.example.library.util.LibraryClock;
import org.example.library.util.ServiceLocator;

/** Billing session facade: fines and payments, keeping member.balance_cents in step. */
@Stateless
@Local(BillingFacade.class)
public class BillingFacadeBean implements BillingFacade, BillingConstants {

    private final FineDao fineDao = new FineDao();
    private final PaymentDao paymentDao = new PaymentDao();
    private final MemberDao memberDao = new MemberDao();
    private final PaymentProcessor paymentProcessor = new PaymentProcessor();

    @Override
    public List<Fine> finesOf(long memberId, boolean openOnly) {
        LibraryManager.getInstance().getMember(memberId);
        return openOnly ? fineDao.findOpenByMember(memberId) : fineDao.findByMember(memberId);
    }

    @Override
    public Fine getFine(long fineId) {
        Fine fine = fineDao.findById(fineId);
        if (fine == null) {
            throw new NotFoundException("fine " + fineId + " not found");
        }
        return fine;
    }

    @Override
    public Fine assessOverdueFine(long memberId, long loanId, String title, Money amount) {
        return TransactionHelper.execute(() -> {
            Fine fine = new Fine();
            fine.setMemberId(memberId);
            fine.setLoanId(loanId);
            fine.setAmount(amount);
            fine.setReason(REASON_OVERDUE);
            fine.setAssessedOn(LibraryClock.today());
            long id = fineDao.insert(fine);
            LibraryManager.getInstance().audit("FINE", id, "ASSESS", amount.format() + " for loan " + loanId);
            notifications().notify(memberId, Notice.KIND_FINE, "fine:" + id, title, amount.format());
            return fineDao.findById(id);
        });
    }

    @Override
    public Fine waive(long fineId) {
        return TransactionHelper.execute(() -> {
            Fine fine = getFine(fineId);
            if (fineDao.close(fine, FINE_WAIVED) == 0) {
                throw new BusinessRuleException("fine " + fineId + " is " + fine.getStatus());
            }
            LibraryManager.getInstance().audit("FINE", fineId, "WAIVE", fine.getAmount().format());
            return fineDao.findById(fineId);
        });
    }

    @Override
    public PaymentReceipt pay(long memberId, Money amount, String method) {
        String payMethod = method == null ? METHOD_CASH : method;
        if (!METHOD_CASH.equals(payMethod) && !METHOD_CARD.equals(payMethod)) {
            throw new ValidationException("unknown payment method " + method);
        }
        return TransactionHelper.execute(() -> {
            LibraryManager.getInstance().getMember(memberId);
            List<PaymentProcessor.Allocation> allocations =
                    paymentProcessor.allocate(fineDao.findOpenByMember(memberId), amount);
            Payment payment = new Payment();
            payment.setMemberId(memberId);
            payment.setAmount(amount);
            payment.setPaidOn(LibraryClock.today());
            payment.setMethod(payMethod);
            payment.setId(paymentDao.insert(payment));
            PaymentReceipt receipt = new PaymentReceipt(payment);
            for (PaymentProcessor.Allocation a : allocations) {
                if (a.isSettling()) {
                    fineDao.close(a.getFine(), FINE_PAID);
                } else {
                    fineDao.reduce(a.getFine(), a.getAmount());
                }
                receipt.addAllocation(a.getFine().getId(), a.getAmount());
            }
            LibraryManager.getInstance().audit("PAYMENT", payment.getId(), "PAY", amount.format() + " " + payMethod);
            receipt.setRemainingBalance(memberDao.findById(memberId).getBalance());
            return receipt;
        });
    }

    private NotificationFacade notifications() {
        return ServiceLocator.getInstance().lookup(JndiNames.NOTIFICATION_FACADE, NotificationFacade.class);
    }
}
