package org.harbourcity.permits.rest;

import java.util.ArrayList;
import java.util.List;
import javax.ejb.EJB;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.harbourcity.permits.domain.Inspection;
import org.harbourcity.permits.dto.InspectionResultRequest;
import org.harbourcity.permits.service.InspectionService;
import org.harbourcity.permits.service.InvalidRequestException;

/**
 * Inspections of a permit, an inspector's worklist, and results from site.
 */
@Path("inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionResource {

    private static final int MAX_WAIT_SECONDS = 30;
    private static final long POLL_MILLIS = 100;

    @EJB
    private InspectionService inspections;

    /**
     * The inspections of a permit ({@code ?permit=}) or the pending ones of an inspector ({@code ?inspector=}).
     * The issuing screen asks right after issuing, while the planning (done from the permit queue) may still be
     * running: with {@code wait} it waits up to that many seconds for the plan to appear.
     */
    @GET
    public List<Inspection> list(@QueryParam("permit") Long permitId, @QueryParam("inspector") Long inspectorId,
            @QueryParam("wait") @DefaultValue("0") int waitSeconds) throws InterruptedException {
        if (inspectorId != null) {
            return inspections.worklist(inspectorId);
        }
        if (permitId == null) {
            List<String> errors = new ArrayList<String>();
            errors.add("Name the permit (?permit=id) or the inspector (?inspector=id).");
            throw new InvalidRequestException(errors);
        }
        long deadline = System.currentTimeMillis() + Math.min(Math.max(waitSeconds, 0), MAX_WAIT_SECONDS) * 1000L;
        List<Inspection> found = inspections.forPermit(permitId);
        while (found.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(POLL_MILLIS);
            found = inspections.forPermit(permitId);
        }
        return found;
    }

    @POST
    @Path("{id}/result")
    public Inspection record(@PathParam("id") Long id, InspectionResultRequest request) {
        return inspections.record(id, request);
    }
}
