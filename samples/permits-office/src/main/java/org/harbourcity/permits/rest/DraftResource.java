package org.harbourcity.permits.rest;

import java.net.URI;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.harbourcity.permits.dto.PermitView;
import org.harbourcity.permits.dto.SubmitPermitRequest;
import org.harbourcity.permits.service.ApplicationDraft;
import org.harbourcity.permits.service.RecordNotFoundException;

/**
 * The counter's application wizard: the draft of the clerk's HTTP session, a stateful bean kept in the session.
 */
@Path("drafts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DraftResource {

    private static final String DRAFT = "permits.draft";

    @Context
    private HttpServletRequest request;

    @POST
    public Response start(SubmitPermitRequest initial) throws NamingException {
        ApplicationDraft draft = (ApplicationDraft) new InitialContext().lookup("java:module/ApplicationDraft");
        SubmitPermitRequest content = draft.start(initial);
        request.getSession().setAttribute(DRAFT, draft);
        return Response.created(URI.create("drafts/current")).entity(content).build();
    }

    @GET
    @Path("current")
    public SubmitPermitRequest current() {
        return draft().getContent();
    }

    @PUT
    @Path("current")
    public SubmitPermitRequest update(SubmitPermitRequest changes) {
        return draft().update(changes);
    }

    @POST
    @Path("current/submit")
    public Response submit() {
        PermitView permit = draft().submit();
        request.getSession().removeAttribute(DRAFT);
        return Response.created(URI.create("permits/" + permit.getId())).entity(permit).build();
    }

    @DELETE
    @Path("current")
    public Response discard() {
        draft().discard();
        request.getSession().removeAttribute(DRAFT);
        return Response.noContent().build();
    }

    private ApplicationDraft draft() {
        HttpSession session = request.getSession(false);
        ApplicationDraft draft = session == null ? null : (ApplicationDraft) session.getAttribute(DRAFT);
        if (draft == null) {
            throw new RecordNotFoundException("draft", "in this session");
        }
        return draft;
    }
}
