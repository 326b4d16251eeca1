package org.harbourcity.permits.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.ejb.EJB;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.harbourcity.permits.config.OfficeSettings;
import org.harbourcity.permits.domain.FeeRate;
import org.harbourcity.permits.domain.PermitType;
import org.harbourcity.permits.dto.FeeQuote;
import org.harbourcity.permits.service.BillingService;
import org.harbourcity.permits.service.InvalidRequestException;

/**
 * The fee schedule and quotes, for the counter and the city's web site.
 */
@Path("fees")
@Produces(MediaType.APPLICATION_JSON)
public class FeeResource {

    @EJB
    private BillingService billing;

    @EJB
    private OfficeSettings settings;

    @GET
    public List<FeeRate> schedule(@QueryParam("year") Integer year) {
        return billing.schedule(year == null ? settings.getFeeYear() : year);
    }

    @GET
    @Path("quote")
    public FeeQuote quote(@QueryParam("type") String type, @QueryParam("area") BigDecimal areaM2,
            @QueryParam("year") Integer year) {
        PermitType permitType = PermitType.parse(type);
        List<String> errors = new ArrayList<String>();
        if (permitType == null) {
            errors.add("The type must be one of BUILDING, DEMOLITION, SIGN, FENCE.");
        }
        if (areaM2 != null && areaM2.signum() < 0) {
            errors.add("The area must not be negative.");
        }
        InvalidRequestException.throwIfAny(errors);
        int feeYear = year == null ? settings.getFeeYear() : year;
        return new FeeQuote(permitType.name(), feeYear, areaM2, billing.quote(permitType, areaM2, feeYear));
    }
}
