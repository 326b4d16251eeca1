package com.riverside.clinic.service;

import com.riverside.clinic.model.Invoice;
import com.riverside.clinic.model.InvoiceLine;
import com.riverside.clinic.model.Patient;
import com.riverside.clinic.repository.InvoiceRepository;
import com.riverside.clinic.util.ClinicUtils;
import com.riverside.clinic.util.ClinicConstants;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly invoices per patient: visits are added while the invoice is OPEN, the accountant issues it
 * at the end of the month, and it is PAID when the money is in.
 */
@Service
@Transactional
public class InvoiceService implements ClinicConstants {

    private final InvoiceRepository invoiceRepository;
    private final Clock clock;

    public InvoiceService(InvoiceRepository invoiceRepository, Clock clock) {
        this.invoiceRepository = invoiceRepository;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Invoice> forPatient(Long patientId) {
        return invoiceRepository.findByPatientIdOrderByPeriodAscIdAsc(patientId);
    }

    @Transactional(readOnly = true)
    public Invoice get(Long id) {
        return invoiceRepository.findById(id).orElseThrow(() -> ClinicException.notFound("invoice", id));
    }

    /**
     * Puts a visit on the patient's open invoice of the visit's month, opening one if needed. Patients with an
     * overdue invoice are refused (practice policy since 2022).
     */
    public Invoice addVisitLine(Patient patient, Long appointmentId, String visitType, LocalDateTime visitStart,
            String description) {
        LocalDate today = LocalDate.now(clock);
        List<Invoice> overdue = invoiceRepository.findByPatientIdAndStatusAndDueOnBefore(patient.getId(),
                INVOICE_ISSUED, today);
        if (!overdue.isEmpty()) {
            Invoice first = overdue.get(0);
            throw new ClinicException(HttpStatus.CONFLICT, ERR_OVERDUE_INVOICE, "patient " + patient.getId()
                    + " has overdue invoice " + first.getNumber() + " (due " + first.getDueOn().format(ClinicUtils.DATE)
                    + "); it must be paid before a new booking");
        }
        return addLine(patient, appointmentId, visitStart, description, feeFor(visitType));
    }

    public Invoice addNoShowFee(Patient patient, Long appointmentId, LocalDateTime visitStart, String description) {
        return addLine(patient, appointmentId, visitStart, description, FEE_NO_SHOW);
    }

    /** Takes a cancelled visit off its invoice; the line row is deleted by orphanRemoval. */
    public void removeVisitLine(Long appointmentId) {
        Invoice invoice = invoiceRepository.findByAppointment(appointmentId).orElse(null);
        if (invoice == null) {
            return; // booked before invoicing went live
        }
        if (!INVOICE_OPEN.equals(invoice.getStatus())) {
            throw ClinicException.conflict("INVOICE_ALREADY_ISSUED", "appointment " + appointmentId
                    + " is on invoice " + invoice.getNumber() + ", which has been issued");
        }
        invoice.getLines().removeIf(line -> appointmentId.equals(line.getAppointmentId()));
        invoice.recalculate();
    }

    public Invoice issue(Long id) {
        Invoice invoice = get(id);
        if (!INVOICE_OPEN.equals(invoice.getStatus())) {
            throw ClinicException.conflict("INVOICE_NOT_OPEN", "invoice " + id + " is " + invoice.getStatus().toLowerCase());
        }
        if (invoice.getLines().isEmpty()) {
            throw ClinicException.conflict("INVOICE_EMPTY", "invoice " + id + " has no lines");
        }
        LocalDate today = LocalDate.now(clock);
        invoice.setNumber(ClinicUtils.invoiceNumber(today.getYear(), invoiceRepository.nextInvoiceNumber()));
        invoice.setStatus(INVOICE_ISSUED);
        invoice.setIssuedOn(today);
        invoice.setDueOn(today.plusDays(PAYMENT_TERM_DAYS));
        return invoice;
    }

    public Invoice pay(Long id) {
        Invoice invoice = get(id);
        if (!INVOICE_ISSUED.equals(invoice.getStatus())) {
            throw ClinicException.conflict("INVOICE_NOT_ISSUED", "invoice " + id + " is " + invoice.getStatus().toLowerCase());
        }
        invoice.setStatus(INVOICE_PAID);
        invoice.setPaidOn(LocalDate.now(clock));
        return invoice;
    }

    private Invoice addLine(Patient patient, Long appointmentId, LocalDateTime visitStart, String description,
            BigDecimal amount) {
        String period = ClinicUtils.period(visitStart.toLocalDate());
        Invoice invoice = invoiceRepository.findByPatientIdAndPeriodAndStatus(patient.getId(), period, INVOICE_OPEN)
                .orElseGet(() -> {
                    Invoice fresh = new Invoice();
                    fresh.setPatient(patient);
                    fresh.setPeriod(period);
                    fresh.setStatus(INVOICE_OPEN);
                    return fresh;
                });
        InvoiceLine line = new InvoiceLine();
        line.setAppointmentId(appointmentId);
        line.setDescription(description);
        line.setAmount(round2(amount));
        invoice.addLine(line);
        return invoiceRepository.save(invoice);
    }

    private BigDecimal feeFor(String visitType) {
        if (VISIT_FIRST.equals(visitType)) {
            return FEE_FIRST_VISIT;
        }
        if (VISIT_FOLLOW_UP.equals(visitType)) {
            return FEE_FOLLOW_UP;
        }
        throw new ClinicException(HttpStatus.BAD_REQUEST, ERR_VALIDATION, "unknown visit type " + visitType);
    }

    // same as ClinicUtils.money, kept because the 2020 invoices were rounded here
    private static BigDecimal round2(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
