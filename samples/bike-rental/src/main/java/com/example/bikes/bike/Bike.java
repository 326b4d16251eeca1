package com.example.bikes.bike;

import com.example.bikes.model.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * One bike of the fleet, identified in the shop by the number stamped on its frame.
 */
@Entity
@Table(name = "bikes")
public class Bike extends BaseEntity {

    @NotBlank
    @Column(name = "name")
    private String name;

    @NotBlank
    @Pattern(regexp = "[A-Z]{2}-\\d{4}")
    @Column(name = "frame_number")
    private String frameNumber;

    @NotNull
    @ManyToOne
    @JoinColumn(name = "type_id")
    private BikeType type;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "frame_size")
    private FrameSize frameSize;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private BikeStatus status = BikeStatus.AVAILABLE;

    @Column(name = "rides_since_service")
    private int ridesSinceService;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFrameNumber() {
        return frameNumber;
    }

    public void setFrameNumber(String frameNumber) {
        this.frameNumber = frameNumber;
    }

    public BikeType getType() {
        return type;
    }

    public void setType(BikeType type) {
        this.type = type;
    }

    public FrameSize getFrameSize() {
        return frameSize;
    }

    public void setFrameSize(FrameSize frameSize) {
        this.frameSize = frameSize;
    }

    public BikeStatus getStatus() {
        return status;
    }

    public int getRidesSinceService() {
        return ridesSinceService;
    }

    /** Name and frame number, as the staff say it: "Volt Commuter (EB-3001)". */
    public String getLabel() {
        return name + " (" + frameNumber + ")";
    }

    public boolean isAvailable() {
        return status == BikeStatus.AVAILABLE;
    }

    public void markRented() {
        if (!isAvailable()) {
            throw new IllegalStateException(getLabel() + " is not available");
        }
        this.status = BikeStatus.RENTED;
    }

    /** Back from a rental: one more ride on the clock. Returns the rides since the last service. */
    public int recordReturn() {
        this.ridesSinceService++;
        this.status = BikeStatus.AVAILABLE;
        return ridesSinceService;
    }

    public void sendToWorkshop() {
        this.status = BikeStatus.IN_SERVICE;
    }

    public void markServiced() {
        this.ridesSinceService = 0;
        this.status = BikeStatus.AVAILABLE;
    }
}
