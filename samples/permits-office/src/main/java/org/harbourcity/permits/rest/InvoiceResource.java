package org.harbourcity.permits.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.harbourcity.permits.domain.Invoice;
import org.harbourcity.permits.dto.PaymentRequest;
import org.harbourcity.permits.service.BillingService;
import org.harbourcity.permits.service.InvalidRequestException;
import org.harbourcity.permits.util.Dates;

@Path("invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    @EJB
    private BillingService billing;

    @GET
    public List<Invoice> ofPermit(@QueryParam("permit") Long permitId) {
        if (permitId == null) {
            List<String> errors = new ArrayList<String>();
            errors.add("Name the permit: ?permit=id.");
            throw new InvalidRequestException(errors);
        }
        return billing.invoicesOf(permitId);
    }

    @GET
    @Path("{id}")
    public Invoice invoice(@PathParam("id") Long id) {
        return billing.invoice(id);
    }

    @POST
    @Path("{id}/payments")
    public Response pay(@PathParam("id") Long id, PaymentRequest payment) {
        List<String> errors = new ArrayList<String>();
        LocalDate receivedOn = payment.getReceivedOn() == null ? null
                : Dates.parse(payment.getReceivedOn(), "The date received", errors);
        InvalidRequestException.throwIfAny(errors);
        Invoice invoice = billing.recordPayment(id, payment.getAmount(), payment.getMethod(), payment.getReference(),
                receivedOn);
        return Response.created(URI.create("invoices/" + id)).entity(invoice).build();
    }
}
