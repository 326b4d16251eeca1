package com.acme.travel.service;

import com.acme.travel.domain.Booking;
import com.acme.travel.domain.BookingConfirmedEvent;
import com.acme.travel.domain.BookingStatus;
import com.acme.travel.domain.Invoice;
import com.acme.travel.domain.Payment;
import com.acme.travel.domain.PaymentMethod;
import com.acme.travel.domain.PaymentStatus;
import com.acme.travel.dto.PaymentDto;
import com.acme.travel.exception.PaymentDeclinedException;
import com.acme.travel.exception.TravelDeskException;
import com.acme.travel.repository.InvoiceRepository;
import com.acme.travel.repository.PaymentRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.EntityNotFoundException;
import org.apache.commons.lang3.StringUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Card payments (through the acquirer) and bank transfers, refunds and invoices.
 */
@Service
public class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final PaymentRepository paymentRepository;
    private final InvoiceRepository invoiceRepository;
    private final ApplicationEventPublisher eventPublisher;

    /** The acquirer's sandbox declines every card ending in these digits. */
    @Value("${travel.payments.declined-card-suffix:0002}")
    private String declinedCardSuffix;

    public PaymentService(PaymentRepository paymentRepository, InvoiceRepository invoiceRepository,
                          ApplicationEventPublisher eventPublisher) {
        this.paymentRepository = paymentRepository;
        this.invoiceRepository = invoiceRepository;
        this.eventPublisher = eventPublisher;
    }

    /**
     * Charges a booking: a card is captured at once (or declined), a bank transfer waits for the money.
     */
    @Transactional
    public Payment charge(Booking booking, PaymentMethod method, String cardNumber) {
        Payment payment = new Payment();
        payment.setBooking(booking);
        payment.setAmount(booking.getTotal());
        payment.setMethod(method);
        if (method == PaymentMethod.CARD) {
            String last4 = StringUtils.right(cardNumber, 4);
            if (cardNumber.endsWith(declinedCardSuffix)) {
                log.warn("Card ending in {} declined for booking {}", last4, booking.getReference());
                throw new PaymentDeclinedException(last4);
            }
            payment.setCardLast4(last4);
            payment.setStatus(PaymentStatus.CAPTURED);
            paymentRepository.save(payment);
            issueInvoice(payment);
        } else {
            payment.setStatus(PaymentStatus.PENDING);
            paymentRepository.save(payment);
        }
        return payment;
    }

    /**
     * Accounting saw the transfer on the bank statement: capture it, invoice it and confirm the booking.
     */
    @Transactional
    public PaymentDto confirmTransfer(Long paymentId) {
        Payment payment = paymentRepository.findById(paymentId)
                .orElseThrow(() -> new EntityNotFoundException("Payment " + paymentId + " not found"));
        if (payment.getStatus() != PaymentStatus.PENDING) {
            throw new TravelDeskException(HttpStatus.CONFLICT, "PAYMENT_NOT_PENDING",
                    "Payment " + paymentId + " is " + payment.getStatus() + ", not PENDING");
        }
        payment.setStatus(PaymentStatus.CAPTURED);
        Invoice invoice = issueInvoice(payment);
        Booking booking = payment.getBooking();
        booking.setStatus(BookingStatus.CONFIRMED);
        eventPublisher.publishEvent(new BookingConfirmedEvent(this, booking.getId(), booking.getCustomer().getId(),
                booking.getTotal()));
        return PaymentDto.from(payment, invoice.getInvoiceNo());
    }

    @Transactional
    public void refund(Booking booking) {
        for (Payment payment : paymentRepository.findByBookingIdOrderById(booking.getId())) {
            if (payment.getStatus() == PaymentStatus.CAPTURED) {
                payment.setStatus(PaymentStatus.REFUNDED);
            } else if (payment.getStatus() == PaymentStatus.PENDING) {
                payment.setStatus(PaymentStatus.CANCELLED);
            }
        }
    }

    @Transactional(readOnly = true)
    public List<PaymentDto> findByBooking(Long bookingId) {
        return paymentRepository.findByBookingIdOrderById(bookingId).stream()
                .map(p -> PaymentDto.from(p, invoiceRepository.findByPaymentId(p.getId())
                        .map(Invoice::getInvoiceNo).orElse(null)))
                .collect(Collectors.toList());
    }

    private Invoice issueInvoice(Payment payment) {
        Invoice invoice = new Invoice();
        invoice.setInvoiceNo("INV-" + invoiceRepository.nextInvoiceNumber());
        invoice.setPayment(payment);
        invoice.setCustomer(payment.getBooking().getCustomer());
        invoice.setAmount(payment.getAmount());
        invoice.setIssuedOn(LocalDate.now());
        return invoiceRepository.save(invoice);
    }
}
