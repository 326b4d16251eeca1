package org.ashgrove.evenings.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Somebody with a name: a tutor or a learner.
 */
@MappedSuperclass
public class Person extends BaseEntity {

    @Column(name = "first_name")
    @NotBlank
    @Size(max = 40)
    private String firstName;

    @Column(name = "last_name")
    @NotBlank
    @Size(max = 40)
    private String lastName;

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    /** "Isabel Moreno". */
    public String getFullName() {
        return firstName + " " + lastName;
    }
}
