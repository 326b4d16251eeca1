package org.ashgrove.evenings.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A sessional tutor: paid by the hour, teaches one or more courses a term.
 */
@Entity
@Table(name = "tutor")
public class Tutor extends Person {

    @Column(name = "email")
    private String email;

    @Column(name = "specialism")
    private String specialism;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSpecialism() {
        return specialism;
    }

    public void setSpecialism(String specialism) {
        this.specialism = specialism;
    }
}
