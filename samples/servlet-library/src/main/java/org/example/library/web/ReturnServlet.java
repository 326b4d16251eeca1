package org.example.library.web;

import java.io.IOException;
import java.util.Map;

import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.ejb.CirculationManager;
import org.example.library.util.JndiNames;
import org.example.library.util.JsonWriter;
import org.example.library.util.RequestUtil;

/** POST /api/returns (barcode): the book drop. */
@WebServlet(name = "ReturnServlet", urlPatterns = "/api/returns")
public class ReturnServlet extends AbstractJsonServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> p = RequestUtil.params(req);
        JsonWriter w = new JsonWriter();
        lookup(JndiNames.CIRCULATION_MANAGER, CirculationManager.class).checkin(p.get("barcode")).writeJson(w);
        writeOk(resp, w);
    }
}
