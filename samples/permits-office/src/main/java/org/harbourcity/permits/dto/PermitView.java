package org.harbourcity.permits.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.json.bind.annotation.JsonbPropertyOrder;
import javax.json.bind.annotation.JsonbTypeSerializer;
import org.harbourcity.permits.domain.PermitApplication;
import org.harbourcity.permits.util.DecimalAsNumber;

/**
 * A permit as the API shows it: the application with its applicant's name and its parcel's address, and, right
 * after submission, the fee invoiced.
 */
@JsonbPropertyOrder({"id", "number", "type", "status", "description", "applicantId", "applicantName", "parcel",
    "address", "zone", "floorAreaM2", "heightM", "submittedOn", "decisionDue", "decidedOn", "reviewer",
    "decisionNote", "issuedOn", "validUntil", "closedOn", "invoiceNumber", "fee"})
public class PermitView {

    private Long id;
    private String number;
    private String type;
    private String status;
    private String description;
    private Long applicantId;
    private String applicantName;
    private String parcel;
    private String address;
    private String zone;
    private BigDecimal floorAreaM2;
    private BigDecimal heightM;
    private LocalDate submittedOn;
    private LocalDate decisionDue;
    private LocalDate decidedOn;
    private String reviewer;
    private String decisionNote;
    private LocalDate issuedOn;
    private LocalDate validUntil;
    private LocalDate closedOn;
    private String invoiceNumber;
    private BigDecimal fee;

    public static PermitView of(PermitApplication p) {
        PermitView v = new PermitView();
        v.id = p.getId();
        v.number = p.getNumber();
        v.type = p.getType().name();
        v.status = p.getStatus().name();
        v.description = p.getDescription();
        v.applicantId = p.getApplicant().getId();
        v.applicantName = p.getApplicant().getName();
        v.parcel = p.getParcel().getNumber();
        v.address = p.getParcel().getAddress();
        v.zone = p.getParcel().getDistrict().getCode();
        v.floorAreaM2 = p.getFloorAreaM2();
        v.heightM = p.getHeightM();
        v.submittedOn = p.getSubmittedOn();
        v.decisionDue = p.getDecisionDue();
        v.decidedOn = p.getDecidedOn();
        v.reviewer = p.getReviewer();
        v.decisionNote = p.getDecisionNote();
        v.issuedOn = p.getIssuedOn();
        v.validUntil = p.getValidUntil();
        v.closedOn = p.getClosedOn();
        return v;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getType() {
        return type;
    }

    public String getStatus() {
        return status;
    }

    public String getDescription() {
        return description;
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getParcel() {
        return parcel;
    }

    public String getAddress() {
        return address;
    }

    public String getZone() {
        return zone;
    }

    @JsonbTypeSerializer(DecimalAsNumber.class)
    public BigDecimal getFloorAreaM2() {
        return floorAreaM2;
    }

    @JsonbTypeSerializer(DecimalAsNumber.class)
    public BigDecimal getHeightM() {
        return heightM;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public LocalDate getDecisionDue() {
        return decisionDue;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getReviewer() {
        return reviewer;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    @JsonbTypeSerializer(DecimalAsNumber.class)
    public BigDecimal getFee() {
        return fee;
    }

    public void setFee(BigDecimal fee) {
        this.fee = fee;
    }
}
