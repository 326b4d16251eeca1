package com.acme.travel.dto;

import com.acme.travel.domain.PaymentMethod;
import javax.validation.constraints.Max;
import javax.validation.constraints.Min;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;

public class BookingRequest {

    @NotNull(message = "is required")
    private Long tripId;

    @NotNull(message = "is required")
    private Long customerId;

    @Min(value = 1, message = "must be between 1 and 9")
    @Max(value = 9, message = "must be between 1 and 9")
    private int travellers;

    @NotNull(message = "is required")
    private PaymentMethod paymentMethod;

    @Pattern(regexp = "\\d{12,19}", message = "must be 12 to 19 digits")
    private String cardNumber;

    public Long getTripId() {
        return tripId;
    }

    public void setTripId(Long tripId) {
        this.tripId = tripId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public int getTravellers() {
        return travellers;
    }

    public void setTravellers(int travellers) {
        this.travellers = travellers;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }
}
