package org.harbourcity.permits.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.json.bind.annotation.JsonbPropertyOrder;
import javax.json.bind.annotation.JsonbTypeSerializer;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.NamedQueries;
import javax.persistence.NamedQuery;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import org.harbourcity.permits.util.DecimalAsNumber;

/**
 * The fee invoice of a permit application. It names the permit by id and number only: the cashier's module was
 * written by another team in 2016 and never mapped the permit.
 */
@Entity
@Table(name = "invoice")
@NamedQueries({
    @NamedQuery(name = "Invoice.byPermit", query = "SELECT i FROM Invoice i WHERE i.permitId = :permit ORDER BY i.id"),
    @NamedQuery(name = "Invoice.openByPermit",
            query = "SELECT i FROM Invoice i WHERE i.permitId = :permit AND i.status = :status")
})
@JsonbPropertyOrder({"id", "number", "permitNumber", "amount", "paid", "status", "issuedOn", "dueOn", "payments"})
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_no", nullable = false, unique = true, length = 24)
    private String number;

    @Column(name = "permit_id", nullable = false)
    private Long permitId;

    @Column(name = "permit_no", nullable = false, length = 16)
    private String permitNumber;

    @Column(name = "amount", nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private InvoiceStatus status = InvoiceStatus.OPEN;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @OneToMany(mappedBy = "invoice", fetch = FetchType.EAGER, cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Payment> payments = new ArrayList<Payment>();

    /** The sum of the payments received. */
    @JsonbTypeSerializer(DecimalAsNumber.class)
    public BigDecimal getPaid() {
        BigDecimal paid = BigDecimal.ZERO.setScale(2);
        for (Payment payment : payments) {
            paid = paid.add(payment.getAmount());
        }
        return paid;
    }

    @JsonbTypeSerializer(DecimalAsNumber.class)
    public BigDecimal getOutstanding() {
        return amount.subtract(getPaid());
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Long getPermitId() {
        return permitId;
    }

    public void setPermitId(Long permitId) {
        this.permitId = permitId;
    }

    public String getPermitNumber() {
        return permitNumber;
    }

    public void setPermitNumber(String permitNumber) {
        this.permitNumber = permitNumber;
    }

    @JsonbTypeSerializer(DecimalAsNumber.class)
    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public void setStatus(InvoiceStatus status) {
        this.status = status;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public List<Payment> getPayments() {
        return payments;
    }
}
