package org.example.library.web;

import java.io.IOException;

import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.ejb.NotificationFacade;
import org.example.library.ejb.ReservationFacade;
import org.example.library.util.JndiNames;
import org.example.library.util.JsonWriter;
import org.example.library.util.LibraryClock;
import org.example.library.util.RequestUtil;

/**
 * POST /admin/jobs/{overdue-scan|send-notices|expire-holds}: runs a nightly job now (staff only,
 * through StaffAuthFilter). Operations use it after an outage of the timer.
 */
@WebServlet("/admin/jobs/*")
public class AdminJobServlet extends AbstractJsonServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String job = RequestUtil.pathSegment(req, 0);
        int processed;
        if ("overdue-scan".equals(job)) {
            processed = lookup(JndiNames.NOTIFICATION_FACADE, NotificationFacade.class).runOverdueScan(LibraryClock.today());
        } else if ("send-notices".equals(job)) {
            processed = lookup(JndiNames.NOTIFICATION_FACADE, NotificationFacade.class).sendPending();
        } else if ("expire-holds".equals(job)) {
            processed = lookup(JndiNames.RESERVATION_FACADE, ReservationFacade.class).expireUncollected(LibraryClock.today());
        } else {
            writeNotFound(resp, req);
            return;
        }
        writeOk(resp, new JsonWriter().beginObject().field("job", job).field("processed", processed).endObject());
    }
}
