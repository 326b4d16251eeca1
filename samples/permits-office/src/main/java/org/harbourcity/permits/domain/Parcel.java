package org.harbourcity.permits.domain;

import java.math.BigDecimal;
import javax.json.bind.annotation.JsonbTypeSerializer;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.NamedQueries;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import org.harbourcity.permits.util.DecimalAsNumber;

/**
 * A parcel of the land register, copied nightly from the cadastre until 2019 and kept here since.
 */
@Entity
@Table(name = "parcel")
@NamedQueries({
    @NamedQuery(name = "Parcel.byNumber", query = "SELECT p FROM Parcel p WHERE p.number = :number"),
    @NamedQuery(name = "Parcel.byStreet",
            query = "SELECT p FROM Parcel p WHERE UPPER(p.address) LIKE :street ORDER BY p.number")
})
public class Parcel {

    @Id
    private Long id;

    @Column(name = "parcel_no", nullable = false, unique = true, length = 12)
    private String number;

    @Column(name = "address", nullable = false)
    private String address;

    @ManyToOne(optional = false)
    @JoinColumn(name = "district_code")
    private ZoningDistrict district;

    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    @Column(name = "area_m2", nullable = false, precision = 10, scale = 1)
    private BigDecimal areaM2;

    /** NORTH or SOUTH: which inspectors' round the parcel is on */
    @Column(name = "inspection_area", nullable = false, length = 8)
    private String inspectionArea;

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getAddress() {
        return address;
    }

    public ZoningDistrict getDistrict() {
        return district;
    }

    public String getOwnerName() {
        return ownerName;
    }

    @JsonbTypeSerializer(DecimalAsNumber.class)
    public BigDecimal getAreaM2() {
        return areaM2;
    }

    public String getInspectionArea() {
        return inspectionArea;
    }
}
