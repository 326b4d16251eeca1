package com.riverside.clinic.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * A patient's invoice for one calendar month. OPEN while visits are added, then ISSUED with a number, then PAID.
 */
@Entity
@Table(name = "invoice")
@Getter
@Setter
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "patient_id")
    private Patient patient;

    /** yyyy-MM */
    private String period;

    @Column(name = "invoice_no")
    private String number;

    /** OPEN, ISSUED or PAID (see ClinicConstants) */
    private String status;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    private BigDecimal total = BigDecimal.ZERO;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<InvoiceLine> lines = new ArrayList<>();

    public void addLine(InvoiceLine line) {
        line.setInvoice(this);
        lines.add(line);
        recalculate();
    }

    public void recalculate() {
        BigDecimal sum = BigDecimal.ZERO;
        for (InvoiceLine line : lines) {
            sum = sum.add(line.getAmount());
        }
        total = sum.setScale(2);
    }
}
