package org.harbourcity.permits.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.ejb.EJB;
import javax.ejb.Stateless;
import javax.ejb.TransactionAttribute;
import javax.ejb.TransactionAttributeType;
import javax.inject.Inject;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.harbourcity.permits.config.OfficeSettings;
import org.harbourcity.permits.domain.FeeRate;
import org.harbourcity.permits.domain.Invoice;
import org.harbourcity.permits.domain.InvoiceStatus;
import org.harbourcity.permits.domain.Payment;
import org.harbourcity.permits.domain.PermitType;

/**
 * The cashier: fee quotes, the invoice of every application, payments.
 */
@Stateless
public class BillingService {

    private static final List<String> METHODS = Arrays.asList("CARD", "CASH", "CHEQUE", "BANK_TRANSFER");

    @PersistenceContext(unitName = "permits")
    private EntityManager em;

    @Inject
    private FeeCalculator calculator;

    @EJB
    private OfficeSettings settings;

    @EJB
    private AuditLog audit;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FeeRate rate(PermitType type, int year) {
        List<FeeRate> rates = em.createNamedQuery("FeeRate.forTypeAndYear", FeeRate.class)
                .setParameter("type", type).setParameter("year", year).getResultList();
        if (rates.isEmpty()) {
            throw new BusinessException(422, "NO_FEE_RATE", "There is no " + type + " fee for " + year + " yet.");
        }
        return rates.get(0);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FeeRate> schedule(int year) {
        return em.createNamedQuery("FeeRate.forYear", FeeRate.class).setParameter("year", year).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public BigDecimal quote(PermitType type, BigDecimal areaM2, int year) {
        return calculator.fee(rate(type, year), areaM2);
    }

    /**
     * Raises the fee invoice of a new application, inside the submission's transaction: no invoice without its
     * application and no application without its invoice.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Invoice raiseInvoice(Long permitId, String permitNumber, PermitType type, BigDecimal areaM2,
            LocalDate submittedOn) {
        Invoice invoice = new Invoice();
        invoice.setNumber("INV-" + permitNumber);
        invoice.setPermitId(permitId);
        invoice.setPermitNumber(permitNumber);
        invoice.setAmount(quote(type, areaM2, submittedOn.getYear()));
        invoice.setIssuedOn(submittedOn);
        invoice.setDueOn(submittedOn.plusDays(settings.getPaymentTermDays()));
        em.persist(invoice);
        return invoice;
    }

    public Invoice invoice(Long id) {
        Invoice invoice = em.find(Invoice.class, id);
        if (invoice == null) {
            throw new RecordNotFoundException("invoice", id);
        }
        return invoice;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Invoice> invoicesOf(Long permitId) {
        return em.createNamedQuery("Invoice.byPermit", Invoice.class).setParameter("permit", permitId)
                .getResultList();
    }

    /** Whether the permit's fee is paid in full (a permit is issued only then). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isPaid(Long permitId) {
        List<Invoice> invoices = invoicesOf(permitId);
        for (Invoice invoice : invoices) {
            if (invoice.getStatus() != InvoiceStatus.PAID) {
                return false;
            }
        }
        return !invoices.isEmpty();
    }

    public Invoice recordPayment(Long invoiceId, BigDecimal amount, String method, String reference,
            LocalDate receivedOn) {
        List<String> errors = new ArrayList<String>();
        if (amount == null || amount.signum() <= 0) {
            errors.add("The amount must be positive.");
        }
        String m = method == null ? "" : method.trim().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(m)) {
            errors.add("The method must be one of " + METHODS + ".");
        }
        if (receivedOn == null) {
            errors.add("The date received is required.");
        }
        InvalidRequestException.throwIfAny(errors);

        Invoice invoice = invoice(invoiceId);
        if (invoice.getStatus() != InvoiceStatus.OPEN) {
            throw new BusinessException(409, "NOT_OPEN", "Invoice " + invoice.getNumber() + " is "
                    + invoice.getStatus() + ".");
        }
        if (amount.compareTo(invoice.getOutstanding()) > 0) {
            throw new BusinessException(422, "OVERPAID", "Only " + invoice.getOutstanding() + " is outstanding on "
                    + invoice.getNumber() + ".");
        }
        Payment payment = new Payment();
        payment.setInvoice(invoice);
        payment.setAmount(amount.setScale(2, RoundingMode.HALF_UP));
        payment.setMethod(m);
        payment.setReference(reference);
        payment.setReceivedOn(receivedOn);
        em.persist(payment);
        invoice.getPayments().add(payment);
        if (invoice.getOutstanding().signum() == 0) {
            invoice.setStatus(InvoiceStatus.PAID);
        }
        audit.record(invoice.getPermitNumber(), "PAYMENT_RECEIVED", payment.getAmount() + " by " + m
                + " on " + invoice.getNumber());
        return invoice;
    }

    /** Cancels what is still open for a permit that will not go ahead; returns how many invoices. */
    public int cancelOpenInvoices(Long permitId) {
        List<Invoice> open = em.createNamedQuery("Invoice.openByPermit", Invoice.class)
                .setParameter("permit", permitId).setParameter("status", InvoiceStatus.OPEN).getResultList();
        for (Invoice invoice : open) {
            invoice.setStatus(InvoiceStatus.CANCELLED);
        }
        return open.size();
    }
}
