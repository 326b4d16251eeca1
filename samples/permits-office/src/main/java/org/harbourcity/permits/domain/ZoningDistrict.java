package org.harbourcity.permits.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.json.bind.annotation.JsonbTypeSerializer;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.harbourcity.permits.util.DecimalAsNumber;

/**
 * A zoning district of the local plan (R1, C1...) with the limits a permit must keep to.
 */
@Entity
@Table(name = "zoning_district")
public class ZoningDistrict {

    private static final BigDecimal FENCE_LIMIT_M = new BigDecimal("2.0");

    @Id
    @Column(name = "code", length = 4)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "max_height_m", nullable = false, precision = 5, scale = 1)
    private BigDecimal maxHeightM;

    /** null: no limit */
    @Column(name = "max_floor_area_m2", precision = 8, scale = 1)
    private BigDecimal maxFloorAreaM2;

    @Column(name = "commercial_signs", nullable = false)
    private boolean commercialSigns;

    public ZoningDistrict() {
    }

    public ZoningDistrict(String code, String name, BigDecimal maxHeightM, BigDecimal maxFloorAreaM2,
            boolean commercialSigns) {
        this.code = code;
        this.name = name;
        this.maxHeightM = maxHeightM;
        this.maxFloorAreaM2 = maxFloorAreaM2;
        this.commercialSigns = commercialSigns;
    }

    /**
     * Whether the local plan allows this work here: heights, floor areas, signs only in commercial districts and
     * fences of 2 m at most in residential ones. Demolition is always allowed.
     */
    public ZoningCheck check(PermitType type, BigDecimal heightM, BigDecimal floorAreaM2) {
        List<String> reasons = new ArrayList<String>();
        if (type == PermitType.DEMOLITION) {
            return new ZoningCheck(code, reasons);
        }
        if (heightM != null && heightM.compareTo(maxHeightM) > 0) {
            reasons.add("Height " + heightM + " m exceeds the " + maxHeightM + " m allowed in zone " + code + ".");
        }
        if (type == PermitType.BUILDING && maxFloorAreaM2 != null && floorAreaM2 != null
                && floorAreaM2.compareTo(maxFloorAreaM2) > 0) {
            reasons.add("Floor area " + floorAreaM2 + " m2 exceeds the " + maxFloorAreaM2 + " m2 allowed in zone "
                    + code + ".");
        }
        if (type == PermitType.SIGN && !commercialSigns) {
            reasons.add("Signs are not allowed in zone " + code + ".");
        }
        if (type == PermitType.FENCE && code.startsWith("R") && heightM != null
                && heightM.compareTo(FENCE_LIMIT_M) > 0) {
            reasons.add("Fences in residential zones may be " + FENCE_LIMIT_M + " m high at most.");
        }
        return new ZoningCheck(code, reasons);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @JsonbTypeSerializer(DecimalAsNumber.class)
    public BigDecimal getMaxHeightM() {
        return maxHeightM;
    }

    @JsonbTypeSerializer(DecimalAsNumber.class)
    public BigDecimal getMaxFloorAreaM2() {
        return maxFloorAreaM2;
    }

    public boolean isCommercialSigns() {
        return commercialSigns;
    }
}
