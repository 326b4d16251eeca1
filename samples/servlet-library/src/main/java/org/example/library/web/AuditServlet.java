package org.example.library.web;

import java.io.IOException;

import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.ejb.ReportFacade;
import org.example.library.util.JndiNames;
import org.example.library.util.ValidationUtil;

/** GET /api/audit?entity=LOAN&entityId=12 : the audit trail of one record (staff only). */
@WebServlet("/api/audit")
public class AuditServlet extends AbstractJsonServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String entity = ValidationUtil.required(req.getParameter("entity"), "entity");
        long entityId = ValidationUtil.requiredLong(req.getParameter("entityId"), "entityId");
        writeList(resp, "entries", lookup(JndiNames.REPORT_FACADE, ReportFacade.class).auditTrail(entity, entityId),
                (w, e) -> e.writeJson(w));
    }
}
