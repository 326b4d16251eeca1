package org.harbourcity.permits.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import javax.ejb.EJB;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.harbourcity.permits.config.OfficeSettings;
import org.harbourcity.permits.dto.PermitView;
import org.harbourcity.permits.service.PermitService;

/**
 * The public notice of permits issued, which the law requires the office to publish; the city's web site frames
 * this page.
 */
@WebServlet(name = "PublicNotice", urlPatterns = "/notices")
public class PublicNoticeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PermitService permits;

    @EJB
    private OfficeSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<PermitView> issued = permits.published();
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html>");
        out.println("<html><head><title>Permits issued - " + escape(settings.getOfficeName()) + "</title></head>");
        out.println("<body><h1>Permits issued</h1>");
        out.println("<table><tr><th>Permit</th><th>Address</th><th>Work</th><th>Issued</th><th>Status</th></tr>");
        for (PermitView permit : issued) {
            out.println("<tr id=\"permit-" + permit.getNumber() + "\"><td>" + permit.getNumber() + "</td><td>"
                    + escape(permit.getAddress()) + "</td><td>" + escape(permit.getDescription()) + "</td><td>"
                    + permit.getIssuedOn() + "</td><td>" + permit.getStatus() + "</td></tr>");
        }
        out.println("</table>");
        out.println("<p>" + issued.size() + " permit(s)</p></body></html>");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '&': out.append("&amp;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }
}
