package org.example.library.web;

import java.io.IOException;

import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.service.LibraryManager;
import org.example.library.util.JsonWriter;
import org.example.library.util.RequestUtil;

/** GET /api/accounts/{memberId}: the desk's account page (member, loans, holds, fines). */
@WebServlet(urlPatterns = {"/api/accounts/*"}, loadOnStartup = 2)
public class AccountServlet extends AbstractJsonServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long memberId = RequestUtil.pathId(req);
        if (memberId == null) {
            writeNotFound(resp, req);
            return;
        }
        JsonWriter w = new JsonWriter();
        LibraryManager.getInstance().getAccountSummary(memberId).writeJson(w);
        writeOk(resp, w);
    }
}
