package com.acme.travel.dto;

import com.acme.travel.domain.Booking;
import com.acme.travel.domain.BookingStatus;
import com.acme.travel.domain.Money;

public class BookingDto {

    private Long id;
    private String reference;
    private Long tripId;
    private String tripCode;
    private Long customerId;
    private String customerName;
    private int travellers;
    private Money total;
    private BookingStatus status;

    public static BookingDto from(Booking booking) {
        BookingDto dto = new BookingDto();
        dto.id = booking.getId();
        dto.reference = booking.getReference();
        dto.tripId = booking.getTrip().getId();
        dto.tripCode = booking.getTrip().getCode();
        dto.customerId = booking.getCustomer().getId();
        dto.customerName = booking.getCustomer().fullName();
        dto.travellers = booking.getTravellers();
        dto.total = booking.getTotal();
        dto.status = booking.getStatus();
        return dto;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Long getTripId() {
        return tripId;
    }

    public String getTripCode() {
        return tripCode;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public int getTravellers() {
        return travellers;
    }

    public Money getTotal() {
        return total;
    }

    public BookingStatus getStatus() {
        return status;
    }
}
