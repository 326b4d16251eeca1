package com.acme.travel.dto;

import com.acme.travel.domain.Money;
import com.acme.travel.domain.Payment;
import com.acme.travel.domain.PaymentMethod;
import com.acme.travel.domain.PaymentStatus;

public class PaymentDto {

    private Long id;
    private Long bookingId;
    private String bookingReference;
    private Money amount;
    private PaymentMethod method;
    private PaymentStatus status;
    private String cardLast4;
    private String invoiceNumber;

    public static PaymentDto from(Payment payment, String invoiceNumber) {
        PaymentDto dto = new PaymentDto();
        dto.id = payment.getId();
        dto.bookingId = payment.getBooking().getId();
        dto.bookingReference = payment.getBooking().getReference();
        dto.amount = payment.getAmount();
        dto.method = payment.getMethod();
        dto.status = payment.getStatus();
        dto.cardLast4 = payment.getCardLast4();
        dto.invoiceNumber = invoiceNumber;
        return dto;
    }

    public Long getId() {
        return id;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public String getBookingReference() {
        return bookingReference;
    }

    public Money getAmount() {
        return amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public String getCardLast4() {
        return cardLast4;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }
}
