package com.example.bikes.maintenance;

import com.example.bikes.bike.Bike;
import com.example.bikes.system.ResourceNotFoundException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a bike to the workshop after a fixed number of rentals and puts it back into the fleet when the job is done.
 */
@Service
public class MaintenanceScheduler {

    private final ServiceRecordRepository serviceRecords;

    private final int ridesBetweenServices;

    public MaintenanceScheduler(ServiceRecordRepository serviceRecords,
            @Value("${bikes.maintenance.rides-between-services:5}") int ridesBetweenServices) {
        this.serviceRecords = serviceRecords;
        this.ridesBetweenServices = ridesBetweenServices;
    }

    /** Called when a bike comes back; opens an inspection job when the bike is due for one. */
    @Transactional
    public Optional<ServiceRecord> bikeReturned(Bike bike, LocalDate returnedOn) {
        int rides = bike.recordReturn();
        if (rides < ridesBetweenServices) {
            return Optional.empty();
        }
        bike.sendToWorkshop();
        return Optional.of(serviceRecords.save(new ServiceRecord(bike, returnedOn, "Inspection after " + rides + " rentals")));
    }

    @Transactional
    public ServiceRecord complete(int serviceRecordId) {
        ServiceRecord job = serviceRecords.findById(serviceRecordId)
                .orElseThrow(() -> new ResourceNotFoundException("Service job", serviceRecordId));
        if (!job.isDone()) {
            job.markDone();
            job.getBike().markServiced();
        }
        return job;
    }
}
