package org.harbourcity.permits.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.ejb.EJB;
import javax.ejb.Stateless;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.harbourcity.permits.domain.Parcel;
import org.harbourcity.permits.domain.PermitType;
import org.harbourcity.permits.domain.ZoningCheck;
import org.harbourcity.permits.service.InvalidRequestException;
import org.harbourcity.permits.service.ParcelService;

/**
 * The land register for the counter: a parcel, the parcels of a street, and whether a work is allowed there.
 */
@Stateless
@Path("parcels")
@Produces(MediaType.APPLICATION_JSON)
public class ParcelResource {

    @EJB
    private ParcelService parcels;

    @GET
    public List<Parcel> onStreet(@QueryParam("street") String street) {
        if (street == null || street.trim().length() < 3) {
            List<String> errors = new ArrayList<String>();
            errors.add("Give at least three letters of the street.");
            throw new InvalidRequestException(errors);
        }
        return parcels.onStreet(street);
    }

    @GET
    @Path("{number}")
    public Parcel parcel(@PathParam("number") String number) {
        return parcels.find(number);
    }

    @GET
    @Path("{number}/zoning-check")
    public ZoningCheck zoningCheck(@PathParam("number") String number, @QueryParam("type") String type,
            @QueryParam("height") BigDecimal heightM, @QueryParam("area") BigDecimal floorAreaM2) {
        PermitType permitType = PermitType.parse(type);
        if (permitType == null) {
            List<String> errors = new ArrayList<String>();
            errors.add("The type must be one of BUILDING, DEMOLITION, SIGN, FENCE.");
            throw new InvalidRequestException(errors);
        }
        return parcels.checkZoning(number, permitType, heightM, floorAreaM2);
    }
}
