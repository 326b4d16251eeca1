package org.ashgrove.evenings.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A teaching room of the centre and how many learners it seats.
 */
@Entity
@Table(name = "room")
public class Room extends BaseEntity {

    @Column(name = "name")
    private String name;

    @Column(name = "capacity")
    private int capacity;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public String toString() {
        return name;
    }
}
