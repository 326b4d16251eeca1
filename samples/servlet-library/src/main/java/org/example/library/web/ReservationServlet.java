package org.example.library.web;

import java.io.IOException;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.ejb.ReservationFacade;
import org.example.library.model.Reservation;
import org.example.library.util.JndiNames;
import org.example.library.util.JsonWriter;
import org.example.library.util.RequestUtil;
import org.example.library.util.ValidationUtil;

/** /api/reservations (web.xml): POST place (memberId, bookId), GET /{id}, GET ?memberId=, POST /{id}/cancel. */
public class ReservationServlet extends AbstractJsonServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ReservationFacade holds = lookup(JndiNames.RESERVATION_FACADE, ReservationFacade.class);
        Long id = RequestUtil.pathId(req);
        if (id == null) {
            long memberId = ValidationUtil.requiredLong(req.getParameter("memberId"), "memberId");
            writeList(resp, "reservations", holds.reservationsOf(memberId), (w, r) -> r.writeJson(w));
            return;
        }
        write(resp, HttpServletResponse.SC_OK, holds.getReservation(id));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ReservationFacade holds = lookup(JndiNames.RESERVATION_FACADE, ReservationFacade.class);
        Long id = RequestUtil.pathId(req);
        if (id == null) {
            Map<String, String> p = RequestUtil.params(req);
            long memberId = ValidationUtil.requiredLong(p.get("memberId"), "memberId");
            long bookId = ValidationUtil.requiredLong(p.get("bookId"), "bookId");
            write(resp, HttpServletResponse.SC_CREATED, holds.placeHold(memberId, bookId));
        } else if ("cancel".equals(RequestUtil.pathSegment(req, 1))) {
            write(resp, HttpServletResponse.SC_OK, holds.cancel(id));
        } else {
            writeNotFound(resp, req);
        }
    }

    private void write(HttpServletResponse resp, int status, Reservation r) throws IOException {
        JsonWriter w = new JsonWriter();
        r.writeJson(w);
        writeJson(resp, status, w);
    }
}
