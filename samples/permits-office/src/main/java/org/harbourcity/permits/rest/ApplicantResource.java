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
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.harbourcity.permits.domain.Applicant;
import org.harbourcity.permits.dto.PermitView;
import org.harbourcity.permits.service.ApplicantService;
import org.harbourcity.permits.service.PermitService;

@Path("applicants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicantResource {

    @EJB
    private ApplicantService applicants;

    @EJB
    private PermitService permits;

    @POST
    public Response register(Applicant form) {
        Applicant applicant = applicants.register(form.getName(), form.getEmail(), form.getPhone());
        return Response.created(URI.create("applicants/" + applicant.getId())).entity(applicant).build();
    }

    @GET
    @Path("{id}")
    public Applicant applicant(@PathParam("id") Long id) {
        return applicants.find(id);
    }

    @GET
    @Path("{id}/permits")
    public List<PermitView> permitsOf(@PathParam("id") Long id) {
        applicants.find(id);
        return permits.ofApplicant(id);
    }
}
