package com.riverside.clinic.repository;

import com.riverside.clinic.model.Invoice;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    Optional<Invoice> findByPatientIdAndPeriodAndStatus(Long patientId, String period, String status);

    List<Invoice> findByPatientIdOrderByPeriodAscIdAsc(Long patientId);

    List<Invoice> findByPatientIdAndStatusAndDueOnBefore(Long patientId, String status, LocalDate day);

    @Query("select i from Invoice i join i.lines l where l.appointmentId = :appointmentId")
    Optional<Invoice> findByAppointment(@Param("appointmentId") Long appointmentId);

    boolean existsByPatientId(Long patientId);

    @Query(value = "select next value for invoice_number_seq", nativeQuery = true)
    long nextInvoiceNumber();
}
