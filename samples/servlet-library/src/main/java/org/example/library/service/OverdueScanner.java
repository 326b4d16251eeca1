package org.example.library.service;

import java.time.LocalDate;
import java.util.TimerTask;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.example.library.dao.LoanDao;
import org.example.library.dao.MemberDao;
import org.example.library.dao.NoticeDao;
import org.example.library.db.TransactionHelper;
import org.example.library.model.Loan;
import org.example.library.model.Member;
import org.example.library.model.Notice;
import org.example.library.util.DateUtil;
import org.example.library.util.LibraryClock;

/**
 * Nightly job: queues one OVERDUE notice per overdue loan (never twice for the same loan). Runs
 * from the Timer of OverdueReminderScheduler, or on demand from /admin/jobs/overdue-scan.
 */
public class OverdueScanner extends TimerTask {

    private static final Logger LOG = Logger.getLogger(OverdueScanner.class.getName());

    private final LoanDao loanDao = new LoanDao();
    private final MemberDao memberDao = new MemberDao();
    private final NoticeDao noticeDao = new NoticeDao();

    @Override
    public void run() {
        try {
            int created = scan(LibraryClock.today());
            LOG.info("overdue scan queued " + created + " notices");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "overdue scan failed", e);
        }
    }

    /** Returns the number of notices created. */
    public int scan(LocalDate today) {
        return TransactionHelper.execute(() -> {
            int created = 0;
            for (Loan loan : loanDao.findOverdue(today)) {
                String reference = "loan:" + loan.getId();
                if (noticeDao.exists(Notice.KIND_OVERDUE, reference)) {
                    continue;
                }
                Member member = memberDao.findById(loan.getMemberId());
                Notice n = new Notice();
                n.setMemberId(member.getId());
                n.setKind(Notice.KIND_OVERDUE);
                n.setReference(reference);
                n.setSubject(NoticeTemplates.subject(Notice.KIND_OVERDUE, loan.getTitle()));
                n.setBody(NoticeTemplates.body(Notice.KIND_OVERDUE, member, loan.getTitle(),
                        DateUtil.format(loan.getDueOn())));
                n.setCreatedOn(today);
                noticeDao.insert(n);
                created++;
            }
            return created;
        });
    }
}
