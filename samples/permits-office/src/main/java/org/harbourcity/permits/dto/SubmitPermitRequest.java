package org.harbourcity.permits.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import javax.json.bind.annotation.JsonbPropertyOrder;
import javax.json.bind.annotation.JsonbTypeSerializer;
import org.harbourcity.permits.util.DecimalAsNumber;

/**
 * A permit application as the counter types it in (also the content of a draft).
 */
@JsonbPropertyOrder({"applicantId", "parcel", "type", "description", "floorAreaM2", "heightM", "submittedOn"})
public class SubmitPermitRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long applicantId;
    private String parcel;
    private String type;
    private String description;
    private BigDecimal floorAreaM2;
    private BigDecimal heightM;
    private String submittedOn;

    /** Copies the fields {@code changes} has into this request. */
    public void merge(SubmitPermitRequest changes) {
        if (changes.applicantId != null) {
            applicantId = changes.applicantId;
        }
        if (changes.parcel != null) {
            parcel = changes.parcel;
        }
        if (changes.type != null) {
            type = changes.type;
        }
        if (changes.description != null) {
            description = changes.description;
        }
        if (changes.floorAreaM2 != null) {
            floorAreaM2 = changes.floorAreaM2;
        }
        if (changes.heightM != null) {
            heightM = changes.heightM;
        }
        if (changes.submittedOn != null) {
            submittedOn = changes.submittedOn;
        }
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public void setApplicantId(Long applicantId) {
        this.applicantId = applicantId;
    }

    public String getParcel() {
        return parcel;
    }

    public void setParcel(String parcel) {
        this.parcel = parcel;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @JsonbTypeSerializer(DecimalAsNumber.class)
    public BigDecimal getFloorAreaM2() {
        return floorAreaM2;
    }

    public void setFloorAreaM2(BigDecimal floorAreaM2) {
        this.floorAreaM2 = floorAreaM2;
    }

    @JsonbTypeSerializer(DecimalAsNumber.class)
    public BigDecimal getHeightM() {
        return heightM;
    }

    public void setHeightM(BigDecimal heightM) {
        this.heightM = heightM;
    }

    public String getSubmittedOn() {
        return submittedOn;
    }

    public void setSubmittedOn(String submittedOn) {
        this.submittedOn = submittedOn;
    }
}
