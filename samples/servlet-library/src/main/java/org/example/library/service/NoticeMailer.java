package org.example.library.service;

import java.util.logging.Logger;

import org.example.library.dao.MemberDao;
import org.example.library.dao.NoticeDao;
import org.example.library.model.Member;
import org.example.library.model.Notice;
import org.example.library.util.AppConfig;

/**
 * Hands pending notices to the mail relay. The SMTP relay was switched off in 2012 when members
 * moved to the portal; "sending" now logs the message and marks it SENT.
 */
public class NoticeMailer {

    private static final Logger LOG = Logger.getLogger(NoticeMailer.class.getName());

    private final NoticeDao noticeDao = new NoticeDao();
    private final MemberDao memberDao = new MemberDao();

    /** Returns the number of notices sent. */
    public int sendPending() {
        int sent = 0;
        String from = AppConfig.get("mail.from", "circulation@springfield-library.example");
        for (Notice n : noticeDao.findPending()) {
            Member m = memberDao.findById(n.getMemberId());
            LOG.fine("mail from " + from + " to " + m.getEmail() + ": " + n.getSubject());
            sent += noticeDao.markSent(n.getId());
        }
        return sent;
    }
}
