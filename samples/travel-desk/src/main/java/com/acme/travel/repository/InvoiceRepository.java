package com.acme.travel.repository;

import com.acme.travel.domain.Invoice;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    Optional<Invoice> findByPaymentId(Long paymentId);

    /** Accounting insists on gap-free-ish numbers from the database sequence created in V3. */
    @Query(value = "SELECT NEXT VALUE FOR invoice_number_seq", nativeQuery = true)
    Long nextInvoiceNumber();
}
