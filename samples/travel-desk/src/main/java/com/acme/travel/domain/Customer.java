package com.acme.travel.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.validation.constraints.Email;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

/**
 * A traveller. Also the request and response body of /api/customers (nobody ever wrote a DTO for it).
 */
@Entity
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    private Long id;

    @NotBlank(message = "is required")
    @Size(max = 60, message = "must be at most 60 characters")
    @Column(name = "first_name", nullable = false, length = 60)
    private String firstName;

    @NotBlank(message = "is required")
    @Size(max = 60, message = "must be at most 60 characters")
    @Column(name = "last_name", nullable = false, length = 60)
    private String lastName;

    @NotBlank(message = "is required")
    @Email(message = "must be a valid e-mail address")
    @Column(nullable = false, unique = true, length = 120)
    private String email;

    @Size(max = 30, message = "must be at most 30 characters")
    private String phone;

    /** Added in V3; earned through confirmed bookings. */
    @Column(name = "loyalty_points", nullable = false)
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    private int loyaltyPoints;

    public Long getId() {
        return id;
    }

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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public int getLoyaltyPoints() {
        return loyaltyPoints;
    }

    public void setLoyaltyPoints(int loyaltyPoints) {
        this.loyaltyPoints = loyaltyPoints;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
