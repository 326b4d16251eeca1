package org.harbourcity.permits.domain;

import java.math.BigDecimal;
import javax.json.bind.annotation.JsonbTypeSerializer;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.NamedQueries;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import org.harbourcity.permits.util.DecimalAsNumber;

/**
 * The fee of one permit type in one year, as the council sets it every December.
 */
@Entity
@Table(name = "fee_rate")
@NamedQueries({
    @NamedQuery(name = "FeeRate.forTypeAndYear",
            query = "SELECT f FROM FeeRate f WHERE f.permitType = :type AND f.year = :year"),
    @NamedQuery(name = "FeeRate.forYear", query = "SELECT f FROM FeeRate f WHERE f.year = :year ORDER BY f.id")
})
public class FeeRate {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "permit_type", nullable = false, length = 12)
    private PermitType permitType;

    @Column(name = "fee_year", nullable = false)
    private int year;

    @Column(name = "base_fee", nullable = false, precision = 10, scale = 2)
    private BigDecimal baseFee;

    @Column(name = "per_m2", nullable = false, precision = 10, scale = 2)
    private BigDecimal perM2;

    @Column(name = "minimum_fee", nullable = false, precision = 10, scale = 2)
    private BigDecimal minimumFee;

    public FeeRate() {
    }

    public FeeRate(PermitType permitType, int year, BigDecimal baseFee, BigDecimal perM2, BigDecimal minimumFee) {
        this.permitType = permitType;
        this.year = year;
        this.baseFee = baseFee;
        this.perM2 = perM2;
        this.minimumFee = minimumFee;
    }

    public PermitType getPermitType() {
        return permitType;
    }

    public int getYear() {
        return year;
    }

    @JsonbTypeSerializer(DecimalAsNumber.class)
    public BigDecimal getBaseFee() {
        return baseFee;
    }

    @JsonbTypeSerializer(DecimalAsNumber.class)
    public BigDecimal getPerM2() {
        return perM2;
    }

    @JsonbTypeSerializer(DecimalAsNumber.class)
    public BigDecimal getMinimumFee() {
        return minimumFee;
    }
}
