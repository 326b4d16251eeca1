package org.example.library.web;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.ejb.BillingFacade;
import org.example.library.model.Fine;
import org.example.library.util.JndiNames;
import org.example.library.util.JsonWriter;
import org.example.library.util.RequestUtil;
import org.example.library.util.ValidationUtil;

/** /api/fines (web.xml): GET ?memberId=&open=true, GET /{id}, POST /{id}/waive (staff only). */
public class FineServlet extends AbstractJsonServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        BillingFacade billing = lookup(JndiNames.BILLING_FACADE, BillingFacade.class);
        Long id = RequestUtil.pathId(req);
        if (id == null) {
            long memberId = ValidationUtil.requiredLong(req.getParameter("memberId"), "memberId");
            boolean openOnly = "true".equals(req.getParameter("open"));
            writeList(resp, "fines", billing.finesOf(memberId, openOnly), (w, f) -> f.writeJson(w));
            return;
        }
        write(resp, billing.getFine(id));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long id = RequestUtil.pathId(req);
        if (id == null || !"waive".equals(RequestUtil.pathSegment(req, 1))) {
            writeNotFound(resp, req);
            return;
        }
        if (!isStaff(req)) {
            writeError(resp, HttpServletResponse.SC_FORBIDDEN, "only staff may waive fines");
            return;
        }
        write(resp, lookup(JndiNames.BILLING_FACADE, BillingFacade.class).waive(id));
    }

    private void write(HttpServletResponse resp, Fine fine) throws IOException {
        JsonWriter w = new JsonWriter();
        fine.writeJson(w);
        writeOk(resp, w);
    }
}
