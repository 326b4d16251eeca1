package org.harbourcity.permits.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javax.ejb.Stateless;
import javax.ejb.TransactionAttribute;
import javax.ejb.TransactionAttributeType;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.harbourcity.permits.domain.Parcel;
import org.harbourcity.permits.domain.PermitType;
import org.harbourcity.permits.domain.ZoningCheck;

/**
 * The land register and the zoning rules of the local plan. Reads only: it joins the caller's transaction when
 * there is one and needs none otherwise.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ParcelService {

    @PersistenceContext(unitName = "permits")
    private EntityManager em;

    public Parcel find(String number) {
        Parcel parcel = lookup(number);
        if (parcel == null) {
            throw new RecordNotFoundException("parcel", number);
        }
        return parcel;
    }

    /** The parcel, or null when the register has no such number. */
    public Parcel lookup(String number) {
        List<Parcel> found = em.createNamedQuery("Parcel.byNumber", Parcel.class)
                .setParameter("number", number == null ? "" : number.trim().toUpperCase(Locale.ROOT))
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    public List<Parcel> onStreet(String street) {
        return em.createNamedQuery("Parcel.byStreet", Parcel.class)
                .setParameter("street", "%" + street.trim().toUpperCase(Locale.ROOT) + "%")
                .getResultList();
    }

    public ZoningCheck checkZoning(String parcelNumber, PermitType type, BigDecimal heightM, BigDecimal floorAreaM2) {
        return find(parcelNumber).getDistrict().check(type, heightM, floorAreaM2);
    }
}
