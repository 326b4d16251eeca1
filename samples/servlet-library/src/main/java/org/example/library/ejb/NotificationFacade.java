package org.example.library.ejb;

import java.time.LocalDate;
import java.util.List;

import org.example.library.model.Notice;

/** Business interface of member notifications. */
public interface NotificationFacade {

    /** Queues a notice; {@code detail} depends on the kind (see NoticeTemplates). */
    Notice notify(long memberId, String kind, String reference, String title, String detail);

    List<Notice> noticesOf(long memberId);

    int runOverdueScan(LocalDate today);

    int sendPending();
}
