package org.example.library.service;

import java.time.LocalDate;
import java.util.List;

import org.example.library.dao.AuditLogDao;
import org.example.library.dao.CopyDao;
import org.example.library.dao.FineDao;
import org.example.library.dao.LoanDao;
import org.example.library.dao.MemberDao;
import org.example.library.dao.ReservationDao;
import org.example.library.exception.BusinessRuleException;
import org.example.library.exception.NotFoundException;
import org.example.library.model.AccountSummary;
import org.example.library.model.Fine;
import org.example.library.model.Loan;
import org.example.library.model.LoanPolicy;
import org.example.library.model.Member;
import org.example.library.model.Money;
import org.example.library.util.DateUtil;
import org.example.library.util.LibraryClock;
import org.example.library.util.LibraryConstants;
import org.example.library.util.StringUtil;

/**
 * "Everything the desk needs in one place" (release 1.3). Started as the account page helper and
 * grew: borrowing checks, policies, availability, display names and the audit trail all go
 * through here, from every facade. Singleton.
 */
public final class LibraryManager implements LibraryConstants {

    private static final LibraryManager INSTANCE = new LibraryManager();

    private final MemberDao memberDao = new MemberDao();
    private final LoanDao loanDao = new LoanDao();
    private final FineDao fineDao = new FineDao();
    private final ReservationDao reservationDao = new ReservationDao();
    private final CopyDao copyDao = new CopyDao();
    private final AuditLogDao auditLogDao = new AuditLogDao();
    private final LoanRules loanRules = new LoanRules();

    private LibraryManager() {
    }

    public static LibraryManager getInstance() {
        return INSTANCE;
    }

    /** The desk's account page: member, active loans, holds, open fines and borrowing blocks. */
    public AccountSummary getAccountSummary(long memberId) {
        Member member = getMember(memberId);
        LocalDate today = LibraryClock.today();
        List<Loan> loans = loanDao.findActiveByMember(memberId);
        AccountSummary summary = new AccountSummary();
        summary.setMember(member);
        summary.setActiveLoans(loans);
        summary.setReservations(reservationDao.findOpenByMember(memberId));
        summary.setOpenFines(fineDao.findOpenByMember(memberId));
        summary.setBorrowingBlocks(loanRules.memberViolations(member, policyFor(member), loans.size(), today));
        int overdue = 0;
        for (Loan l : loans) {
            if (l.isOverdueOn(today)) {
                overdue++;
            }
        }
        summary.setOverdueCount(overdue);
        return summary;
    }

    public Member getMember(long memberId) {
        Member member = memberDao.findById(memberId);
        if (member == null) {
            throw new NotFoundException("member " + memberId + " not found");
        }
        return member;
    }

    /** Throws BusinessRuleException with the first reason the member may not borrow or reserve. */
    public void checkMayBorrow(Member member) {
        long active = loanDao.countActiveByMember(member.getId());
        List<String> blocks = loanRules.memberViolations(member, policyFor(member), active, LibraryClock.today());
        if (!blocks.isEmpty()) {
            throw new BusinessRuleException(blocks.get(0));
        }
    }

    public LoanPolicy policyFor(Member member) {
        return LoanPolicy.forType(member.getType());
    }

    public boolean isTitleAvailable(long bookId) {
        return copyDao.countAvailable(bookId) > 0;
    }

    public Money openFinesTotal(long memberId) {
        Money total = Money.ZERO;
        for (Fine f : fineDao.findOpenByMember(memberId)) {
            total = total.plus(f.getAmount());
        }
        return total;
    }

    /** "Ada Lovelace"; children are addressed by first name only. */
    public String displayName(Member member) {
        if (member.getType() == org.example.library.model.MemberType.CHILD) {
            return StringUtil.capitalize(member.getFirstName());
        }
        return StringUtil.capitalize(member.getFirstName()) + " " + StringUtil.capitalize(member.getLastName());
    }

    public String todayAsString() {
        return DateUtil.format(LibraryClock.today());
    }

    public String getLibraryName() {
        return LIBRARY_NAME;
    }

    /** Writes the audit trail. Entity names are upper case: MEMBER, LOAN, RESERVATION, FINE, PAYMENT. */
    public void audit(String entity, Long entityId, String action, String detail) {
        auditLogDao.log(entity, entityId, action, detail);
    }
}
