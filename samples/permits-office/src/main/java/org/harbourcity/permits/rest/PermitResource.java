package org.harbourcity.permits.rest;

import java.net.URI;
import java.util.List;
import javax.ejb.EJB;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.harbourcity.permits.dto.DecisionRequest;
import org.harbourcity.permits.dto.PermitView;
import org.harbourcity.permits.dto.StatusChangeRequest;
import org.harbourcity.permits.dto.SubmitPermitRequest;
import org.harbourcity.permits.service.PermitService;

/**
 * Permit applications: submitted at the counter, decided by a planning officer, issued, withdrawn.
 */
@Path("permits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PermitResource {

    @EJB
    private PermitService permits;

    @POST
    public Response submit(SubmitPermitRequest request) {
        PermitView permit = permits.submit(request);
        return Response.created(URI.create("permits/" + permit.getId())).entity(permit).build();
    }

    /** By parcel, or by status (SUBMITTED when neither is given: the planning officers' in-tray). */
    @GET
    public List<PermitView> search(@QueryParam("status") String status, @QueryParam("parcel") String parcel) {
        return permits.search(status, parcel);
    }

    @GET
    @Path("{id}")
    public PermitView permit(@PathParam("id") Long id) {
        return permits.find(id);
    }

    @POST
    @Path("{id}/decision")
    public PermitView decide(@PathParam("id") Long id, DecisionRequest decision) {
        return permits.decide(id, decision);
    }

    @POST
    @Path("{id}/issue")
    public PermitView issue(@PathParam("id") Long id, StatusChangeRequest request) {
        return permits.issue(id, request);
    }

    @POST
    @Path("{id}/withdraw")
    public PermitView withdraw(@PathParam("id") Long id, StatusChangeRequest request) {
        return permits.withdraw(id, request);
    }
}
