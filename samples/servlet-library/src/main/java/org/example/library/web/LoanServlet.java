package org.example.library.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.ejb.CirculationManager;
import org.example.library.model.Loan;
import org.example.library.model.Member;
import org.example.library.service.LibraryManager;
import org.example.library.util.DateUtil;
import org.example.library.util.JndiNames;
import org.example.library.util.JsonWriter;
import org.example.library.util.LibraryConstants;
import org.example.library.util.RequestUtil;
import org.example.library.util.ValidationUtil;

/**
 * /api/loans (web.xml): POST check-out (memberId, barcode), GET /{id}, GET /{id}/slip (HTML due
 * slip for the receipt printer), GET ?memberId=&active=true.
 */
public class LoanServlet extends AbstractJsonServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        CirculationManager circulation = lookup(JndiNames.CIRCULATION_MANAGER, CirculationManager.class);
        Long id = RequestUtil.pathId(req);
        if (id == null) {
            long memberId = ValidationUtil.requiredLong(req.getParameter("memberId"), "memberId");
            boolean activeOnly = !"false".equals(req.getParameter("active"));
            writeList(resp, "loans", circulation.loansOf(memberId, activeOnly), (w, l) -> l.writeJson(w));
            return;
        }
        Loan loan = circulation.getLoan(id);
        if ("slip".equals(RequestUtil.pathSegment(req, 1))) {
            writeSlip(resp, loan);
            return;
        }
        JsonWriter w = new JsonWriter();
        loan.writeJson(w);
        writeOk(resp, w);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> p = RequestUtil.params(req);
        long memberId = ValidationUtil.requiredLong(p.get("memberId"), "memberId");
        Loan loan = lookup(JndiNames.CIRCULATION_MANAGER, CirculationManager.class).checkout(memberId, p.get("barcode"));
        JsonWriter w = new JsonWriter();
        loan.writeJson(w);
        writeCreated(resp, w);
    }

    private void writeSlip(HttpServletResponse resp, Loan loan) throws IOException {
        LibraryManager manager = LibraryManager.getInstance();
        Member member = manager.getMember(loan.getMemberId());
        resp.setContentType("text/html;charset=" + LibraryConstants.CHARSET);
        PrintWriter out = resp.getWriter();
        out.println("<html><head><title>Due slip</title></head><body>");
        out.println("<h3>" + manager.getLibraryName() + "</h3>");
        out.println("<p>" + escape(manager.displayName(member)) + " (" + member.getCardNumber() + ")</p>");
        out.println("<p>" + escape(loan.getTitle()) + " [" + loan.getBarcode() + "]</p>");
        out.println("<p><b>Due: " + DateUtil.format(loan.getDueOn()) + "</b></p>");
        out.println("</body></html>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
