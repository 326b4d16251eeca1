package org.harbourcity.permits.rest;

import java.util.List;
import javax.ejb.EJB;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.harbourcity.permits.domain.AuditEntry;
import org.harbourcity.permits.service.AuditLog;

/**
 * The audit trail of a permit or a parcel, for the records office.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    private AuditLog audit;

    @GET
    public List<AuditEntry> entries(@QueryParam("subject") String subject) {
        return audit.entriesFor(subject == null ? "" : subject.trim());
    }
}
