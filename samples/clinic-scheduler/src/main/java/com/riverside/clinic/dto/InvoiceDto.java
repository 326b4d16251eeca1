package com.riverside.clinic.dto;

import com.riverside.clinic.model.Invoice;
import com.riverside.clinic.model.InvoiceLine;
import com.riverside.clinic.util.ClinicUtils;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record InvoiceDto(Long id, String number, Long patientId, String patientName, String period, String status,
        LocalDate issuedOn, LocalDate dueOn, LocalDate paidOn, BigDecimal total, List<Line> lines) {

    public record Line(Long id, Long appointmentId, String description, BigDecimal amount) {
    }

    public static InvoiceDto from(Invoice invoice) {
        List<Line> lines = invoice.getLines().stream()
                .map((InvoiceLine l) -> new Line(l.getId(), l.getAppointmentId(), l.getDescription(), l.getAmount()))
                .toList();
        return new InvoiceDto(invoice.getId(), invoice.getNumber(), invoice.getPatient().getId(),
                ClinicUtils.fullName(invoice.getPatient().getFirstName(), invoice.getPatient().getLastName()),
                invoice.getPeriod(), invoice.getStatus(), invoice.getIssuedOn(), invoice.getDueOn(),
                invoice.getPaidOn(), ClinicUtils.money(invoice.getTotal()), lines);
    }
}
