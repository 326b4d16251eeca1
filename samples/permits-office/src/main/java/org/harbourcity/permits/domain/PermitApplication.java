package org.harbourcity.permits.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.NamedQueries;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A permit application and, once issued, the permit itself (the office never separated the two).
 */
@Entity
@Table(name = "permit_application")
@NamedQueries({
    @NamedQuery(name = "PermitApplication.byStatus",
            query = "SELECT p FROM PermitApplication p WHERE p.status = :status ORDER BY p.id"),
    @NamedQuery(name = "PermitApplication.byParcel",
            query = "SELECT p FROM PermitApplication p WHERE p.parcel.number = :parcel ORDER BY p.id"),
    @NamedQuery(name = "PermitApplication.byApplicant",
            query = "SELECT p FROM PermitApplication p WHERE p.applicant.id = :applicant ORDER BY p.id"),
    @NamedQuery(name = "PermitApplication.published",
            query = "SELECT p FROM PermitApplication p WHERE p.issuedOn IS NOT NULL ORDER BY p.issuedOn, p.id"),
    @NamedQuery(name = "PermitApplication.numbers", query = "SELECT p.number FROM PermitApplication p")
})
public class PermitApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_no", nullable = false, unique = true, length = 16)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "applicant_id")
    private Applicant applicant;

    @ManyToOne(optional = false)
    @JoinColumn(name = "parcel_id")
    private Parcel parcel;

    @Enumerated(EnumType.STRING)
    @Column(name = "permit_type", nullable = false, length = 12)
    private PermitType type;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "floor_area_m2", precision = 8, scale = 1)
    private BigDecimal floorAreaM2;

    @Column(name = "height_m", precision = 5, scale = 1)
    private BigDecimal heightM;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private PermitStatus status;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    @Column(name = "decision_due", nullable = false)
    private LocalDate decisionDue;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "reviewer", length = 40)
    private String reviewer;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Version
    @Column(name = "version")
    private int version;

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public void setApplicant(Applicant applicant) {
        this.applicant = applicant;
    }

    public Parcel getParcel() {
        return parcel;
    }

    public void setParcel(Parcel parcel) {
        this.parcel = parcel;
    }

    public PermitType getType() {
        return type;
    }

    public void setType(PermitType type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getFloorAreaM2() {
        return floorAreaM2;
    }

    public void setFloorAreaM2(BigDecimal floorAreaM2) {
        this.floorAreaM2 = floorAreaM2;
    }

    public BigDecimal getHeightM() {
        return heightM;
    }

    public void setHeightM(BigDecimal heightM) {
        this.heightM = heightM;
    }

    public PermitStatus getStatus() {
        return status;
    }

    public void setStatus(PermitStatus status) {
        this.status = status;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public void setSubmittedOn(LocalDate submittedOn) {
        this.submittedOn = submittedOn;
    }

    public LocalDate getDecisionDue() {
        return decisionDue;
    }

    public void setDecisionDue(LocalDate decisionDue) {
        this.decisionDue = decisionDue;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getReviewer() {
        return reviewer;
    }

    public void setReviewer(String reviewer) {
        this.reviewer = reviewer;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }
}
