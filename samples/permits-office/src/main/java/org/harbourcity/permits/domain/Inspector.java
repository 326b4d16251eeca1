package org.harbourcity.permits.domain;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/**
 * A building inspector of the office and the area whose round they drive.
 */
@Entity
@Table(name = "inspector")
@NamedQuery(name = "Inspector.byArea", query = "SELECT i FROM Inspector i WHERE i.area = :area ORDER BY i.id")
public class Inspector {

    @Id
    private Long id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "area", nullable = false, length = 8)
    private String area;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getArea() {
        return area;
    }
}
