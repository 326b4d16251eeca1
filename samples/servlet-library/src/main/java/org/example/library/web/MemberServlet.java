package org.example.library.web;

import java.io.IOException;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.ejb.MemberFacade;
import org.example.library.exception.ValidationException;
import org.example.library.model.Member;
import org.example.library.model.MemberStatus;
import org.example.library.model.MemberType;
import org.example.library.util.JndiNames;
import org.example.library.util.JsonWriter;
import org.example.library.util.RequestUtil;
import org.example.library.util.StringUtil;
import org.example.library.util.ValidationUtil;

/**
 * /api/members (web.xml): GET ?q=name, GET /{id}, GET /card/{number}, POST register (form),
 * POST /{id}/status, POST /{id}/renew.
 */
public class MemberServlet extends AbstractJsonServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        MemberFacade members = lookup(JndiNames.MEMBER_FACADE, MemberFacade.class);
        String first = RequestUtil.pathSegment(req, 0);
        if (first == null) {
            writeList(resp, "members", members.findMembers(req.getParameter("q")), (w, m) -> {
                w.beginObject();
                m.writeFields(w);
                w.endObject();
            });
        } else if ("card".equals(first)) {
            write(resp, HttpServletResponse.SC_OK, members.getMemberByCard(RequestUtil.pathSegment(req, 1)));
        } else {
            write(resp, HttpServletResponse.SC_OK, members.getMember(RequestUtil.pathId(req)));
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        MemberFacade members = lookup(JndiNames.MEMBER_FACADE, MemberFacade.class);
        Map<String, String> p = RequestUtil.params(req);
        Long id = RequestUtil.pathId(req);
        if (id == null) {
            Member m = new Member();
            m.setFirstName(p.get("firstName"));
            m.setLastName(p.get("lastName"));
            m.setEmail(p.get("email"));
            m.setType(parseEnum(MemberType.class, StringUtil.isBlank(p.get("type")) ? "ADULT" : p.get("type"), "type"));
            write(resp, HttpServletResponse.SC_CREATED, members.register(m));
            return;
        }
        String action = RequestUtil.pathSegment(req, 1);
        if ("status".equals(action)) {
            MemberStatus status = parseEnum(MemberStatus.class, ValidationUtil.required(p.get("status"), "status"), "status");
            write(resp, HttpServletResponse.SC_OK, members.changeStatus(id, status));
        } else if ("renew".equals(action)) {
            write(resp, HttpServletResponse.SC_OK, members.renewMembership(id));
        } else {
            writeNotFound(resp, req);
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, StringUtil.toConstant(value));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("invalid " + field + ": " + value);
        }
    }

    private void write(HttpServletResponse resp, int status, Member m) throws IOException {
        JsonWriter w = new JsonWriter().beginObject();
        m.writeFields(w);
        writeJson(resp, status, w.endObject());
    }
}
