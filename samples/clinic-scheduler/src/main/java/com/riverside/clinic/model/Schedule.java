package com.riverside.clinic.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * One working day of one practitioner, cut into slots. The slots live and die with their schedule.
 */
@Entity
@Table(name = "schedule")
@Getter
@Setter
public class Schedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "practitioner_id")
    private Practitioner practitioner;

    @Column(name = "work_date")
    private LocalDate workDate;

    private String room;

    @OneToMany(mappedBy = "schedule", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    private List<Slot> slots = new ArrayList<>();

    public void addSlot(Slot slot) {
        slot.setSchedule(this);
        slots.add(slot);
    }

    public Slot slot(Long slotId) {
        return slots.stream().filter(s -> s.getId().equals(slotId)).findFirst().orElse(null);
    }
}
