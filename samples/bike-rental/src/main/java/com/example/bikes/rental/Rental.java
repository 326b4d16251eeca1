package com.example.bikes.rental;

import com.example.bikes.bike.Bike;
import com.example.bikes.customer.Customer;
import com.example.bikes.model.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A bike booked by a customer for a number of days, at the price agreed when booking.
 */
@Entity
@Table(name = "rentals")
public class Rental extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bike_id")
    private Bike bike;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "days")
    private int days;

    @Column(name = "price")
    private BigDecimal price;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private RentalStatus status;

    protected Rental() {
    }

    public Rental(Customer customer, Bike bike, LocalDate startDate, int days, BigDecimal price) {
        this.customer = customer;
        this.bike = bike;
        this.startDate = startDate;
        this.days = days;
        this.price = price;
        this.status = RentalStatus.BOOKED;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Bike getBike() {
        return bike;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return startDate.plusDays(days);
    }

    public int getDays() {
        return days;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public RentalStatus getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status == RentalStatus.BOOKED;
    }

    void markReturned() {
        if (!isOpen()) {
            throw new IllegalStateException("rental " + getId() + " was already returned");
        }
        this.status = RentalStatus.RETURNED;
    }
}
