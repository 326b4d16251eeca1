package org.ashgrove.evenings.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A learner registered with the centre, with the contact details the office writes to and the concession they
 * declared. The learner number printed on the enrolment forms is the id.
 */
@Entity
@Table(name = "learner")
public class Learner extends Person {

    @Column(name = "date_of_birth")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    @NotNull
    @Past
    private LocalDate dateOfBirth;

    @Column(name = "email")
    @NotBlank
    @Email
    private String email;

    @Column(name = "telephone")
    @NotBlank
    @Pattern(regexp = "[0-9 ]{10,14}")
    private String telephone;

    @Column(name = "street")
    @NotBlank
    private String street;

    @Column(name = "town")
    @NotBlank
    private String town;

    @Column(name = "postcode")
    @NotBlank
    @Pattern(regexp = "[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}", flags = Pattern.Flag.CASE_INSENSITIVE)
    private String postcode;

    @Column(name = "concession")
    @Enumerated(EnumType.STRING)
    @NotNull
    private ConcessionType concession = ConcessionType.NONE;

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public ConcessionType getConcession() {
        return concession;
    }

    public void setConcession(ConcessionType concession) {
        this.concession = concession;
    }

    /** "L00012", as printed on the enrolment forms since 2013. */
    public String getLearnerNumber() {
        return getId() == null ? "" : String.format("L%05d", getId());
    }
}
