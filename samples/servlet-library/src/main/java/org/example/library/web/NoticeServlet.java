package org.example.library.web;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.ejb.NotificationFacade;
import org.example.library.util.JndiNames;
import org.example.library.util.ValidationUtil;

/** GET /api/notices?memberId= (web.xml): the member's messages, as shown in the portal. */
public class NoticeServlet extends AbstractJsonServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long memberId = ValidationUtil.requiredLong(req.getParameter("memberId"), "memberId");
        writeList(resp, "notices", lookup(JndiNames.NOTIFICATION_FACADE, NotificationFacade.class).noticesOf(memberId),
                (w, n) -> n.writeJson(w));
    }
}
