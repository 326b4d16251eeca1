package org.ashgrove.evenings.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A heading of the prospectus (Languages, Cookery...). Names are unique; the course form binds a subject by name
 * through {@code SubjectFormatter}.
 */
@Entity
@Table(name = "subject")
public class Subject extends BaseEntity {

    @Column(name = "name")
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
