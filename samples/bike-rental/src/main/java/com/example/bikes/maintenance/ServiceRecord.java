package com.example.bikes.maintenance;

import com.example.bikes.bike.Bike;
import com.example.bikes.model.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A job for the workshop: an inspection or a repair of one bike.
 */
@Entity
@Table(name = "service_records")
public class ServiceRecord extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "bike_id")
    private Bike bike;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "description")
    private String description;

    @Column(name = "done")
    private boolean done;

    protected ServiceRecord() {
    }

    public ServiceRecord(Bike bike, LocalDate dueDate, String description) {
        this.bike = bike;
        this.dueDate = dueDate;
        this.description = description;
    }

    public Bike getBike() {
        return bike;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getDescription() {
        return description;
    }

    public boolean isDone() {
        return done;
    }

    void markDone() {
        this.done = true;
    }
}
