package org.example.library.ejb;

import java.time.LocalDate;
import java.util.List;

import javax.ejb.Local;
import javax.ejb.Stateless;
import javax.ejb.TransactionAttribute;
import javax.ejb.TransactionAttributeType;

import org.example.library.dao.CopyDao;
import org.example.library.dao.HolidayDao;
import org.example.library.dao.LoanDao;
import org.example.library.dao.MemberDao;
import org.example.library.db.TransactionHelper;
import org.example.library.exception.BusinessRuleException;
import org.example.library.exception.NotFoundException;
import org.example.library.model.Copy;
import org.example.library.model.CopyStatus;
import org.example.library.model.Fine;
import org.example.library.model.Loan;
import org.example.library.model.LoanPolicy;
import org.example.library.model.Member;
import org.example.library.model.Money;
import org.example.library.model.Reservation;
import org.example.library.model.ReturnReceipt;
import org.example.library.service.DueDateCalculator;
import org.example.library.service.FineCalculator;
import org.example.library.service.LibraryManager;
import org.example.library.service.LoanRules;
import org.example.library.util.JndiNames;
import org.example.library.util.LibraryClock;
import org.example.library.util.ServiceLocator;
import org.example.library.util.ValidationUtil;

/**
 * Circulation session facade: the heart of the desk. Check-out and check-in touch members, copies,
 * holds, fines and the audit trail in one transaction.
 */
@Stateless
@Local(CirculationManager.class)
public class CirculationManagerBean implements CirculationManager {

    private final LoanDao loanDao = new LoanDao();
    private final CopyDao copyDao = new CopyDao();
    private final MemberDao memberDao = new MemberDao();
    private final HolidayDao holidayDao = new HolidayDao();
    private final LoanRules loanRules = new LoanRules();
    private final FineCalculator fineCalculator = new FineCalculator();
    private final DueDateCalculator dueDateCalculator = new DueDateCalculator();

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Loan checkout(long memberId, String barcode) {
        String code = ValidationUtil.barcode(barcode);
        return TransactionHelper.execute(() -> {
            LibraryManager manager = LibraryManager.getInstance();
            Member member = manager.getMember(memberId);
            Copy copy = requireCopy(code);
            LoanPolicy policy = manager.policyFor(member);
            long active = loanDao.countActiveByMember(memberId);
            Reservation hold = copy.getStatus() == CopyStatus.ON_HOLD
                    ? reservations().findReadyHoldForCopy(copy.getId()) : null;
            LocalDate today = LibraryClock.today();
            List<String> violations = loanRules.checkoutViolations(member, policy, active, copy, hold, today);
            if (!violations.isEmpty()) {
                throw new BusinessRuleException(violations.get(0));
            }
            Loan loan = new Loan();
            loan.setMemberId(memberId);
            loan.setCopyId(copy.getId());
            loan.setLoanedOn(today);
            loan.setDueOn(dueDate(today, policy.getLoanDays()));
            long loanId = loanDao.insert(loan);
            if (hold != null) {
                reservations().markFulfilled(hold.getId());
            }
            manager.audit("LOAN", loanId, "CHECKOUT", code + " to member " + memberId);
            return loanDao.findById(loanId);
        });
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ReturnReceipt checkin(String barcode) {
        String code = ValidationUtil.barcode(barcode);
        return TransactionHelper.execute(() -> {
            Copy copy = requireCopy(code);
            Loan loan = loanDao.findActiveByCopy(copy.getId());
            if (loan == null) {
                throw new BusinessRuleException("copy " + code + " is not on loan");
            }
            LibraryManager manager = LibraryManager.getInstance();
            Member member = memberDao.findById(loan.getMemberId());
            LocalDate today = LibraryClock.today();
            long daysLate = fineCalculator.daysLate(loan.getDueOn(), today);
            Money amount = fineCalculator.calculate(manager.policyFor(member), loan.getDueOn(), today);
            loanDao.markReturned(loan.getId(), today);
            Fine fine = null;
            if (amount.isPositive()) {
                fine = billing().assessOverdueFine(member.getId(), loan.getId(), loan.getTitle(), amount);
            }
            Reservation hold = reservations().copyReturned(copy);
            if (hold == null) {
                copyDao.updateStatus(copy.getId(), CopyStatus.AVAILABLE);
            }
            manager.audit("LOAN", loan.getId(), "RETURN", daysLate > 0 ? daysLate + " days late" : "on time");
            return new ReturnReceipt(loanDao.findById(loan.getId()), daysLate, fine, hold);
        });
    }

    @Override
    public Loan renew(long loanId) {
        return TransactionHelper.execute(() -> {
            Loan loan = getLoan(loanId);
            if (!loan.isActive()) {
                throw new BusinessRuleException("loan " + loanId + " is " + loan.getStatus());
            }
            LibraryManager manager = LibraryManager.getInstance();
            Member member = manager.getMember(loan.getMemberId());
            LoanPolicy policy = manager.policyFor(member);
            Copy copy = copyDao.findById(loan.getCopyId());
            LocalDate today = LibraryClock.today();
            List<String> violations = loanRules.renewalViolations(loan, policy,
                    reservations().countWaiting(copy.getBookId()), today);
            if (!violations.isEmpty()) {
                throw new BusinessRuleException(violations.get(0));
            }
            loanDao.renew(loanId, dueDate(today, policy.getLoanDays()));
            manager.audit("LOAN", loanId, "RENEW", "renewal " + (loan.getRenewals() + 1));
            return loanDao.findById(loanId);
        });
    }

    @Override
    public Loan getLoan(long loanId) {
        Loan loan = loanDao.findById(loanId);
        if (loan == null) {
            throw new NotFoundException("loan " + loanId + " not found");
        }
        return loan;
    }

    @Override
    public List<Loan> loansOf(long memberId, boolean activeOnly) {
        LibraryManager.getInstance().getMember(memberId);
        return activeOnly ? loanDao.findActiveByMember(memberId) : loanDao.findByMember(memberId);
    }

    private LocalDate dueDate(LocalDate from, int loanDays) {
        LocalDate naive = from.plusDays(loanDays);
        return dueDateCalculator.dueDate(from, loanDays,
                holidayDao.findBetween(naive, naive.plusDays(DueDateCalculator.LOOKAHEAD_DAYS)));
    }

    private Copy requireCopy(String barcode) {
        Copy copy = copyDao.findByBarcode(barcode);
        if (copy == null) {
            throw new NotFoundException("copy " + barcode + " not found");
        }
        return copy;
    }

    private ReservationFacade reservations() {
        return ServiceLocator.getInstance().lookup(JndiNames.RESERVATION_FACADE, ReservationFacade.class);
    }

    private BillingFacade billing() {
        return ServiceLocator.getInstance().lookup(JndiNames.BILLING_FACADE, BillingFacade.class);
    }
}
