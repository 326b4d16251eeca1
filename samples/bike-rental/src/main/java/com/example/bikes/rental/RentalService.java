package com.example.bikes.rental;

import com.example.bikes.bike.Bike;
import com.example.bikes.bike.BikeRepository;
import com.example.bikes.bike.BikeStatus;
import com.example.bikes.customer.Customer;
import com.example.bikes.customer.CustomerRepository;
import com.example.bikes.maintenance.MaintenanceScheduler;
import com.example.bikes.maintenance.ServiceRecord;
import com.example.bikes.system.ResourceNotFoundException;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RentalService {

    private final RentalRepository rentals;

    private final BikeRepository bikes;

    private final CustomerRepository customers;

    private final PriceCalculator priceCalculator;

    private final MaintenanceScheduler maintenanceScheduler;

    public RentalService(RentalRepository rentals, BikeRepository bikes, CustomerRepository customers,
            PriceCalculator priceCalculator, MaintenanceScheduler maintenanceScheduler) {
        this.rentals = rentals;
        this.bikes = bikes;
        this.customers = customers;
        this.priceCalculator = priceCalculator;
        this.maintenanceScheduler = maintenanceScheduler;
    }

    /** Books the first available bike of the chosen type. */
    @Transactional
    public Rental book(BookingForm booking) {
        Customer customer = customers.findById(booking.getCustomerId())
                .orElseThrow(() -> new ResourceNotFoundException("Customer", booking.getCustomerId()));
        Bike bike = bikes.findFirstByTypeAndStatusOrderByIdAsc(booking.getBikeType(), BikeStatus.AVAILABLE)
                .orElseThrow(() -> new NoBikeAvailableException(booking.getBikeType()));
        bike.markRented();
        BigDecimal price = priceCalculator.price(bike.getType(), booking.getDays(), customer.getMembership());
        return rentals.save(new Rental(customer, bike, booking.getStartDate(), booking.getDays(), price));
    }

    /** Takes the bike back; returns the service job opened when the bike is due for its inspection. */
    @Transactional
    public Optional<ServiceRecord> returnBike(int rentalId) {
        Rental rental = find(rentalId);
        rental.markReturned();
        return maintenanceScheduler.bikeReturned(rental.getBike(), rental.getEndDate());
    }

    @Transactional(readOnly = true)
    public Rental find(int rentalId) {
        return rentals.findById(rentalId).orElseThrow(() -> new ResourceNotFoundException("Rental", rentalId));
    }
}
