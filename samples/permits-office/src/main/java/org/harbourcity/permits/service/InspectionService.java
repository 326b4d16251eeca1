package org.harbourcity.permits.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.ejb.EJB;
import javax.ejb.Stateless;
import javax.ejb.TransactionAttribute;
import javax.ejb.TransactionAttributeType;
import javax.inject.Inject;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.harbourcity.permits.domain.Inspection;
import org.harbourcity.permits.domain.InspectionKind;
import org.harbourcity.permits.domain.InspectionResult;
import org.harbourcity.permits.domain.Inspector;
import org.harbourcity.permits.domain.PermitApplication;
import org.harbourcity.permits.dto.InspectionResultRequest;
import org.harbourcity.permits.util.Dates;

/**
 * Site inspections: planned for every issued permit (by the permit queue's listener), assigned to the least busy
 * inspector of the parcel's area, and recorded from site. The final inspection passing completes the permit.
 */
@Stateless
public class InspectionService {

    private static final Logger LOG = Logger.getLogger(InspectionService.class.getName());

    @PersistenceContext(unitName = "permits")
    private EntityManager em;

    @Inject
    private InspectionPlanner planner;

    @EJB
    private PermitService permits;

    @EJB
    private AuditLog audit;

    /** Plans the inspections of a permit just issued; does nothing when they are planned already (redelivery). */
    public List<Inspection> planFor(Long permitId, LocalDate issuedOn) {
        List<Inspection> existing = forPermit(permitId);
        if (!existing.isEmpty()) {
            LOG.info("Inspections of permit " + permitId + " already planned");
            return existing;
        }
        PermitApplication permit = em.find(PermitApplication.class, permitId);
        if (permit == null) {
            throw new RecordNotFoundException("permit", permitId);
        }
        Inspector inspector = leastBusyIn(permit.getParcel().getInspectionArea());
        List<Inspection> plan = planner.plan(permit.getType(), issuedOn);
        for (Inspection inspection : plan) {
            inspection.setPermit(permit);
            inspection.setInspector(inspector);
            em.persist(inspection);
        }
        audit.record(permit.getNumber(), "INSPECTIONS_PLANNED", plan.size() + " with " + inspector.getName()
                + ", first on " + plan.get(0).getPlannedOn());
        return plan;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Inspection> forPermit(Long permitId) {
        return em.createNamedQuery("Inspection.byPermit", Inspection.class).setParameter("permit", permitId)
                .getResultList();
    }

    /** An inspector's pending inspections, in the order they are due. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Inspection> worklist(Long inspectorId) {
        return em.createNamedQuery("Inspection.byInspector", Inspection.class).setParameter("inspector", inspectorId)
                .setParameter("result", InspectionResult.PENDING).getResultList();
    }

    public Inspection record(Long inspectionId, InspectionResultRequest request) {
        Inspection inspection = inspectionId == null ? null : em.find(Inspection.class, inspectionId);
        if (inspection == null) {
            throw new RecordNotFoundException("inspection", inspectionId);
        }
        List<String> errors = new ArrayList<String>();
        String text = request.getResult() == null ? "" : request.getResult().trim().toUpperCase(Locale.ROOT);
        InspectionResult result = text.equals("PASSED") ? InspectionResult.PASSED
                : text.equals("FAILED") ? InspectionResult.FAILED : null;
        if (result == null) {
            errors.add("The result must be PASSED or FAILED.");
        }
        LocalDate on = Dates.parse(request.getInspectedOn(), "The date of the inspection", errors);
        InvalidRequestException.throwIfAny(errors);

        PermitApplication permit = inspection.getPermit();
        if (inspection.getResult() == InspectionResult.PASSED) {
            throw new BusinessException(409, "ALREADY_PASSED", "The " + inspection.getKind() + " inspection of "
                    + permit.getNumber() + " has passed already.");
        }
        for (Inspection earlier : forPermit(permit.getId())) {
            if (earlier.getSequence() < inspection.getSequence() && earlier.getResult() != InspectionResult.PASSED) {
                throw new BusinessException(409, "OUT_OF_ORDER", "The " + earlier.getKind() + " inspection of "
                        + permit.getNumber() + " must pass first.");
            }
        }
        inspection.setResult(result);
        inspection.setInspectedOn(on);
        inspection.setNotes(request.getNotes());
        audit.record(permit.getNumber(), "INSPECTION_" + result, inspection.getKind() + " on " + on + " by "
                + inspection.getInspectorName());
        if (result == InspectionResult.PASSED && inspection.getKind() == InspectionKind.FINAL) {
            permits.complete(permit.getId(), on);
        }
        return inspection;
    }

    /** The inspector of the area with the fewest inspections not yet passed; the longest serving on a tie. */
    private Inspector leastBusyIn(String area) {
        Inspector chosen = null;
        long fewest = Long.MAX_VALUE;
        for (Inspector inspector : em.createNamedQuery("Inspector.byArea", Inspector.class)
                .setParameter("area", area).getResultList()) {
            long open = em.createNamedQuery("Inspection.countOpen", Long.class)
                    .setParameter("inspector", inspector.getId())
                    .setParameter("passed", InspectionResult.PASSED).getSingleResult();
            if (open < fewest) {
                fewest = open;
                chosen = inspector;
            }
        }
        if (chosen == null) {
            throw new BusinessException(422, "NO_INSPECTOR", "No inspector covers the " + area + " area.");
        }
        return chosen;
    }
}
