package org.harbourcity.permits.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.Resource;
import javax.ejb.EJB;
import javax.ejb.SessionContext;
import javax.ejb.Stateless;
import javax.ejb.TransactionAttribute;
import javax.ejb.TransactionAttributeType;
import javax.inject.Inject;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;
import org.harbourcity.permits.config.OfficeSettings;
import org.harbourcity.permits.domain.Applicant;
import org.harbourcity.permits.domain.Invoice;
import org.harbourcity.permits.domain.Parcel;
import org.harbourcity.permits.domain.PermitApplication;
import org.harbourcity.permits.domain.PermitStatus;
import org.harbourcity.permits.domain.PermitType;
import org.harbourcity.permits.domain.ZoningCheck;
import org.harbourcity.permits.dto.DecisionRequest;
import org.harbourcity.permits.dto.PermitView;
import org.harbourcity.permits.dto.StatusChangeRequest;
import org.harbourcity.permits.dto.SubmitPermitRequest;
import org.harbourcity.permits.jms.PermitEventPublisher;
import org.harbourcity.permits.util.Dates;
import org.harbourcity.permits.util.WorkingDays;

/**
 * The life of a permit application: submission (with the zoning check and the fee invoice), the decision, issue
 * (which sends the permit to the inspection planning), withdrawal and completion.
 */
@Stateless
public class PermitService {

    @PersistenceContext(unitName = "permits")
    private EntityManager em;

    @EJB
    private ParcelService parcels;

    @EJB
    private BillingService billing;

    @EJB
    private AuditLog audit;

    @EJB
    private PermitNumberGenerator numbers;

    @EJB
    private PermitEventPublisher events;

    @Inject
    private OfficeSettings settings;

    @Resource
    private SessionContext context;

    /**
     * Registers an application and raises its fee invoice in one transaction. An application the zoning rules
     * refuse is not stored, but the refusal stays in the audit trail.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public PermitView submit(SubmitPermitRequest request) {
        List<String> errors = new ArrayList<String>();
        Applicant applicant = request.getApplicantId() == null ? null
                : em.find(Applicant.class, request.getApplicantId());
        if (applicant == null) {
            errors.add("The applicant is required and must be registered.");
        }
        Parcel parcel = null;
        if (request.getParcel() == null || request.getParcel().trim().isEmpty()) {
            errors.add("The parcel is required.");
        } else {
            parcel = parcels.lookup(request.getParcel());
            if (parcel == null) {
                errors.add("There is no parcel " + request.getParcel() + ".");
            }
        }
        PermitType type = PermitType.parse(request.getType());
        if (type == null) {
            errors.add("The type must be one of BUILDING, DEMOLITION, SIGN, FENCE.");
        }
        if (request.getDescription() == null || request.getDescription().trim().isEmpty()) {
            errors.add("The description of the work is required.");
        }
        if (type == PermitType.BUILDING && !positive(request.getFloorAreaM2())) {
            errors.add("A building needs its floor area.");
        }
        if (request.getHeightM() != null && request.getHeightM().signum() < 0) {
            errors.add("The height must not be negative.");
        }
        LocalDate submittedOn = Dates.parse(request.getSubmittedOn(), "The date of submission", errors);
        InvalidRequestException.throwIfAny(errors);

        ZoningCheck zoning = parcels.checkZoning(parcel.getNumber(), type, request.getHeightM(),
                request.getFloorAreaM2());
        if (!zoning.isAllowed()) {
            String reasons = String.join(" ", zoning.getReasons());
            audit.record(parcel.getNumber(), "APPLICATION_REFUSED", type + " for " + applicant.getName() + ": "
                    + reasons);
            throw new BusinessException(422, "ZONING", reasons);
        }

        PermitApplication permit = new PermitApplication();
        permit.setNumber(numbers.next(type, submittedOn.getYear()));
        permit.setApplicant(applicant);
        permit.setParcel(parcel);
        permit.setType(type);
        permit.setDescription(request.getDescription().trim());
        permit.setFloorAreaM2(request.getFloorAreaM2());
        permit.setHeightM(request.getHeightM());
        permit.setStatus(PermitStatus.SUBMITTED);
        permit.setSubmittedOn(submittedOn);
        permit.setDecisionDue(WorkingDays.add(submittedOn, settings.getDecisionWorkingDays()));
        em.persist(permit);
        em.flush();

        Invoice invoice = billing.raiseInvoice(permit.getId(), permit.getNumber(), type, request.getFloorAreaM2(),
                submittedOn);
        audit.record(permit.getNumber(), "SUBMITTED", applicant.getName() + ", parcel " + parcel.getNumber()
                + ", fee " + invoice.getAmount());
        PermitView view = PermitView.of(permit);
        view.setInvoiceNumber(invoice.getNumber());
        view.setFee(invoice.getAmount());
        return view;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PermitView find(Long id) {
        return PermitView.of(permit(id));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PermitView> search(String status, String parcel) {
        TypedQuery<PermitApplication> query;
        if (parcel != null) {
            query = em.createNamedQuery("PermitApplication.byParcel", PermitApplication.class)
                    .setParameter("parcel", parcel.trim().toUpperCase(Locale.ROOT));
        } else {
            PermitStatus wanted = status == null ? PermitStatus.SUBMITTED : parseStatus(status);
            query = em.createNamedQuery("PermitApplication.byStatus", PermitApplication.class)
                    .setParameter("status", wanted);
        }
        return views(query.getResultList());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PermitView> ofApplicant(Long applicantId) {
        return views(em.createNamedQuery("PermitApplication.byApplicant", PermitApplication.class)
                .setParameter("applicant", applicantId).getResultList());
    }

    /** Issued permits in the order they were issued, for the public notice board. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PermitView> published() {
        return views(em.createNamedQuery("PermitApplication.published", PermitApplication.class).getResultList());
    }

    public PermitView decide(Long id, DecisionRequest request) {
        PermitApplication permit = permit(id);
        requireStatus(permit, PermitStatus.SUBMITTED);
        List<String> errors = new ArrayList<String>();
        String decision = request.getDecision() == null ? "" : request.getDecision().trim().toUpperCase(Locale.ROOT);
        if (!decision.equals("APPROVE") && !decision.equals("REFUSE")) {
            errors.add("The decision must be APPROVE or REFUSE.");
        }
        if (request.getReviewer() == null || request.getReviewer().trim().isEmpty()) {
            errors.add("The reviewer is required.");
        }
        if (decision.equals("REFUSE") && (request.getNote() == null || request.getNote().trim().isEmpty())) {
            errors.add("A refusal needs its reasons in the note.");
        }
        LocalDate decidedOn = Dates.parse(request.getDecidedOn(), "The date of the decision", errors);
        if (decidedOn != null && decidedOn.isBefore(permit.getSubmittedOn())) {
            errors.add("The decision cannot come before the submission.");
        }
        InvalidRequestException.throwIfAny(errors);

        permit.setStatus(decision.equals("APPROVE") ? PermitStatus.APPROVED : PermitStatus.REFUSED);
        permit.setReviewer(request.getReviewer().trim());
        permit.setDecidedOn(decidedOn);
        permit.setDecisionNote(request.getNote());
        audit.record(permit.getNumber(), permit.getStatus().name(), "by " + permit.getReviewer() + " on " + decidedOn
                + (decidedOn.isAfter(permit.getDecisionDue()) ? ", after the statutory date" : ""));
        return PermitView.of(permit);
    }

    /**
     * Issues an approved permit whose fee is paid, and hands it to the inspection planning through the permit
     * queue (delivered when this transaction commits).
     */
    public PermitView issue(Long id, StatusChangeRequest request) {
        PermitApplication permit = permit(id);
        requireStatus(permit, PermitStatus.APPROVED);
        if (!billing.isPaid(permit.getId())) {
            throw new BusinessException(409, "UNPAID", "The fee of " + permit.getNumber() + " is not paid.");
        }
        List<String> errors = new ArrayList<String>();
        LocalDate issuedOn = Dates.parse(request.getOn(), "The date of issue", errors);
        if (issuedOn != null && issuedOn.isBefore(permit.getDecidedOn())) {
            errors.add("A permit cannot be issued before it was approved.");
        }
        InvalidRequestException.throwIfAny(errors);

        permit.setStatus(PermitStatus.ISSUED);
        permit.setIssuedOn(issuedOn);
        permit.setValidUntil(issuedOn.plusMonths(settings.getPermitValidityMonths()));
        events.permitIssued(permit);
        audit.record(permit.getNumber(), "ISSUED", "valid until " + permit.getValidUntil());
        return PermitView.of(permit);
    }

    /** Withdraws an application that has not been issued and cancels what is still to pay. */
    public PermitView withdraw(Long id, StatusChangeRequest request) {
        PermitApplication permit = permit(id);
        if (permit.getStatus() != PermitStatus.SUBMITTED && permit.getStatus() != PermitStatus.APPROVED) {
            throw new BusinessException(409, "WRONG_STATUS", permit.getNumber() + " is " + permit.getStatus()
                    + " and can no longer be withdrawn.");
        }
        List<String> errors = new ArrayList<String>();
        LocalDate on = Dates.parse(request.getOn(), "The date of withdrawal", errors);
        InvalidRequestException.throwIfAny(errors);

        permit.setStatus(PermitStatus.WITHDRAWN);
        permit.setClosedOn(on);
        int cancelled = billing.cancelOpenInvoices(permit.getId());
        audit.record(permit.getNumber(), "WITHDRAWN", cancelled + " open invoice(s) cancelled"
                + (request.getNote() == null ? "" : ": " + request.getNote()));
        return PermitView.of(permit);
    }

    /** Called when the final inspection has passed, inside the inspection's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void complete(Long id, LocalDate on) {
        PermitApplication permit = permit(id);
        if (permit.getStatus() != PermitStatus.ISSUED) {
            // written before BusinessException rolled back by itself (2015); kept, it does no harm
            context.setRollbackOnly();
            throw new BusinessException(409, "WRONG_STATUS", permit.getNumber() + " is " + permit.getStatus() + ".");
        }
        permit.setStatus(PermitStatus.COMPLETED);
        permit.setClosedOn(on);
        audit.record(permit.getNumber(), "COMPLETED", "final inspection passed on " + on);
    }

    private PermitApplication permit(Long id) {
        PermitApplication permit = id == null ? null : em.find(PermitApplication.class, id);
        if (permit == null) {
            throw new RecordNotFoundException("permit", id);
        }
        return permit;
    }

    private static void requireStatus(PermitApplication permit, PermitStatus status) {
        if (permit.getStatus() != status) {
            throw new BusinessException(409, "WRONG_STATUS", permit.getNumber() + " is " + permit.getStatus()
                    + ", not " + status + ".");
        }
    }

    private static PermitStatus parseStatus(String status) {
        try {
            return PermitStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> errors = new ArrayList<String>();
            errors.add("There is no status " + status + ".");
            throw new InvalidRequestException(errors);
        }
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    private static List<PermitView> views(List<PermitApplication> permits) {
        List<PermitView> views = new ArrayList<PermitView>();
        for (PermitApplication permit : permits) {
            views.add(PermitView.of(permit));
        }
        return views;
    }
}
