package com.riverside.clinic.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;

/**
 * Reference data: what a practitioner does and how long one of their slots lasts. Maintained in the database.
 */
@Entity
@Table(name = "specialty")
@Getter
@Setter
public class Specialty {

    @Id
    private Long id;

    private String code;

    private String name;

    @Column(name = "slot_minutes")
    private int slotMinutes;
}
