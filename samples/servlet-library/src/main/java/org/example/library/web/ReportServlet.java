package org.example.library.web;

import java.io.IOException;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.ejb.ReportFacade;
import org.example.library.model.Money;
import org.example.library.util.JndiNames;
import org.example.library.util.JsonWriter;
import org.example.library.util.RequestUtil;
import org.example.library.util.ValidationUtil;

/** /api/reports/summary | /popular?limit= | /debtors (web.xml; staff only through StaffAuthFilter). */
public class ReportServlet extends AbstractJsonServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ReportFacade reports = lookup(JndiNames.REPORT_FACADE, ReportFacade.class);
        String report = RequestUtil.pathSegment(req, 0);
        if ("summary".equals(report)) {
            JsonWriter w = new JsonWriter().beginObject();
            for (Map.Entry<String, Long> e : reports.summary().entrySet()) {
                w.field(e.getKey(), e.getValue());
            }
            writeOk(resp, w.endObject());
        } else if ("popular".equals(report)) {
            Integer limit = ValidationUtil.optionalInt(req.getParameter("limit"), "limit");
            writeList(resp, "books", reports.mostBorrowed(limit == null ? 5 : limit), (w, row) -> w.beginObject()
                    .field("bookId", (Long) row[0]).field("title", (String) row[1]).field("loans", (Long) row[2])
                    .endObject());
        } else if ("debtors".equals(report)) {
            writeList(resp, "members", reports.debtors(), (w, row) -> w.beginObject()
                    .field("memberId", (Long) row[0]).field("name", (String) row[1])
                    .field("owed", Money.ofCents((Long) row[2]).format()).endObject());
        } else {
            writeNotFound(resp, req);
        }
    }
}
