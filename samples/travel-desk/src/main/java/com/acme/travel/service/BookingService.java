package com.acme.travel.service;

import com.acme.travel.domain.Booking;
import com.acme.travel.domain.BookingConfirmedEvent;
import com.acme.travel.domain.BookingStatus;
import com.acme.travel.domain.Customer;
import com.acme.travel.domain.Payment;
import com.acme.travel.domain.PaymentMethod;
import com.acme.travel.domain.PaymentStatus;
import com.acme.travel.domain.Trip;
import com.acme.travel.dto.BookingDto;
import com.acme.travel.dto.BookingRequest;
import com.acme.travel.exception.NoSeatsLeftException;
import com.acme.travel.exception.TravelDeskException;
import com.acme.travel.repository.BookingRepository;
import com.acme.travel.repository.CustomerRepository;
import com.acme.travel.repository.TripRepository;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.EntityNotFoundException;
import org.apache.commons.lang3.StringUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class BookingService {

    private static final Logger log = LoggerFactory.getLogger(BookingService.class);

    @Autowired
    private BookingRepository bookingRepository;

    @Autowired
    private TripRepository tripRepository;

    @Autowired
    private CustomerRepository customerRepository;

    @Autowired
    private PaymentService paymentService;

    @Autowired
    private ApplicationEventPublisher eventPublisher;

    /**
     * Takes the seats, charges the customer and confirms the booking, all or nothing.
     */
    public BookingDto book(BookingRequest request) {
        Trip trip = tripRepository.findById(request.getTripId())
                .orElseThrow(() -> new EntityNotFoundException("Trip " + request.getTripId() + " not found"));
        Customer customer = customerRepository.findById(request.getCustomerId())
                .orElseThrow(() -> new EntityNotFoundException("Customer " + request.getCustomerId() + " not found"));
        if (request.getPaymentMethod() == PaymentMethod.CARD && StringUtils.isBlank(request.getCardNumber())) {
            throw new TravelDeskException(HttpStatus.BAD_REQUEST, "CARD_NUMBER_REQUIRED",
                    "cardNumber: is required for card payments");
        }
        if (trip.getSeatsAvailable() < request.getTravellers()) {
            throw new NoSeatsLeftException(trip.getCode(), trip.getSeatsAvailable());
        }
        trip.setSeatsAvailable(trip.getSeatsAvailable() - request.getTravellers());

        Booking booking = new Booking();
        booking.setTrip(trip);
        booking.setCustomer(customer);
        booking.setTravellers(request.getTravellers());
        booking.setTotal(trip.getPrice().times(request.getTravellers()));
        booking.setStatus(BookingStatus.AWAITING_PAYMENT);
        bookingRepository.save(booking);
        booking.setReference(String.format("TD-%05d", booking.getId()));

        Payment payment = paymentService.charge(booking, request.getPaymentMethod(), request.getCardNumber());
        if (payment.getStatus() == PaymentStatus.CAPTURED) {
            booking.setStatus(BookingStatus.CONFIRMED);
            eventPublisher.publishEvent(new BookingConfirmedEvent(this, booking.getId(), customer.getId(), booking.getTotal()));
        }
        log.info("Booking {}: {} x {} for {} ({})", booking.getReference(), booking.getTravellers(), trip.getCode(),
                customer.getEmail(), booking.getStatus());
        return BookingDto.from(booking);
    }

    public BookingDto cancel(Long id) {
        Booking booking = load(id);
        if (booking.getStatus() == BookingStatus.CANCELLED) {
            throw new TravelDeskException(HttpStatus.CONFLICT, "BOOKING_ALREADY_CANCELLED",
                    "Booking " + booking.getReference() + " is already cancelled");
        }
        Trip trip = booking.getTrip();
        trip.setSeatsAvailable(trip.getSeatsAvailable() + booking.getTravellers());
        paymentService.refund(booking);
        booking.setStatus(BookingStatus.CANCELLED);
        return BookingDto.from(booking);
    }

    @Transactional(readOnly = true)
    public BookingDto get(Long id) {
        return BookingDto.from(load(id));
    }

    @Transactional(readOnly = true)
    public List<BookingDto> findAll(BookingStatus status) {
        List<Booking> bookings = status == null
                ? bookingRepository.findAllForListing()
                : bookingRepository.findByStatusOrderById(status);
        return bookings.stream().map(BookingDto::from).collect(Collectors.toList());
    }

    @Transactional(readOnly = true)
    public List<BookingDto> findByCustomer(Long customerId) {
        if (!customerRepository.existsById(customerId)) {
            throw new EntityNotFoundException("Customer " + customerId + " not found");
        }
        return bookingRepository.findByCustomerIdOrderById(customerId).stream()
                .map(BookingDto::from).collect(Collectors.toList());
    }

    private Booking load(Long id) {
        return bookingRepository.findById(id)
                .orElseThrow(() -> new EntityNotFoundException("Booking " + id + " not found"));
    }
}
