package org.example.library.ejb;

import java.time.LocalDate;
import java.util.List;

import javax.ejb.Local;
import javax.ejb.Stateless;

import org.example.library.dao.MemberDao;
import org.example.library.dao.NoticeDao;
import org.example.library.exception.NotFoundException;
import org.example.library.model.Member;
import org.example.library.model.Notice;
import org.example.library.service.NoticeMailer;
import org.example.library.service.NoticeTemplates;
import org.example.library.service.OverdueScanner;
import org.example.library.util.LibraryClock;

/** Notification session facade: the notice outbox. */
@Stateless
@Local(NotificationFacade.class)
public class NotificationFacadeBean implements NotificationFacade {

    private final NoticeDao noticeDao = new NoticeDao();
    private final MemberDao memberDao = new MemberDao();

    @Override
    public Notice notify(long memberId, String kind, String reference, String title, String detail) {
        Member member = memberDao.findById(memberId);
        if (member == null) {
            throw new NotFoundException("member " + memberId + " not found");
        }
        Notice n = new Notice();
        n.setMemberId(memberId);
        n.setKind(kind);
        n.setReference(reference);
        n.setSubject(NoticeTemplates.subject(kind, title));
        n.setBody(NoticeTemplates.body(kind, member, title, detail));
        n.setCreatedOn(LibraryClock.today());
        n.setId(noticeDao.insert(n));
        return n;
    }

    @Override
    public List<Notice> noticesOf(long memberId) {
        if (memberDao.findById(memberId) == null) {
            throw new NotFoundException("member " + memberId + " not found");
        }
        return noticeDao.findByMember(memberId);
    }

    @Override
    public int runOverdueScan(LocalDate today) {
        return new OverdueScanner().scan(today);
    }

    @Override
    public int sendPending() {
        return new NoticeMailer().sendPending();
    }
}
