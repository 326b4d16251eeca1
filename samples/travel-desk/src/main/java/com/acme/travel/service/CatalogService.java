package com.acme.travel.service;

import com.acme.travel.domain.Destination;
import com.acme.travel.domain.Money;
import com.acme.travel.domain.Trip;
import com.acme.travel.dto.TripDto;
import com.acme.travel.dto.TripRequest;
import com.acme.travel.exception.TravelDeskException;
import com.acme.travel.repository.DestinationRepository;
import com.acme.travel.repository.TripRepository;
import com.acme.travel.util.MoneyUtils;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.EntityNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destinations and the trips the agency sells.
 */
@Service
@Transactional
public class CatalogService {

    private static final Logger log = LoggerFactory.getLogger(CatalogService.class);

    private final TripRepository tripRepository;
    private final DestinationRepository destinationRepository;

    public CatalogService(TripRepository tripRepository, DestinationRepository destinationRepository) {
        this.tripRepository = tripRepository;
        this.destinationRepository = destinationRepository;
    }

    @Transactional(readOnly = true)
    public List<Destination> findDestinations() {
        return destinationRepository.findAllByOrderByCode();
    }

    @Transactional(readOnly = true)
    public List<TripDto> findTrips(String destinationCode, Money maxPrice) {
        List<Trip> trips;
        if (maxPrice != null) {
            trips = tripRepository.findAffordable(maxPrice.getAmount(), maxPrice.getCurrency());
            if (destinationCode != null) {
                trips = trips.stream().filter(t -> t.getDestination().getCode().equals(destinationCode))
                        .collect(Collectors.toList());
            }
        } else if (destinationCode != null) {
            trips = tripRepository.findByDestinationCode(destinationCode);
        } else {
            trips = tripRepository.findAllWithDestination();
        }
        return trips.stream().map(TripDto::from).collect(Collectors.toList());
    }

    @Transactional(readOnly = true)
    public TripDto getTrip(Long id) {
        return TripDto.from(loadTrip(id));
    }

    public TripDto createTrip(TripRequest request) {
        if (tripRepository.existsByCode(request.getCode())) {
            throw new TravelDeskException(HttpStatus.CONFLICT, "DUPLICATE_TRIP_CODE",
                    "Trip code " + request.getCode() + " is already taken");
        }
        Destination destination = destinationRepository.findByCode(request.getDestination())
                .orElseThrow(() -> new EntityNotFoundException("Destination " + request.getDestination() + " not found"));
        Trip trip = new Trip();
        trip.setCode(request.getCode());
        trip.setDestination(destination);
        apply(trip, request);
        trip.setSeatsAvailable(request.getSeatsTotal());
        tripRepository.save(trip);
        log.info("New trip {} to {}", trip.getCode(), destination.getName());
        return TripDto.from(trip);
    }

    public TripDto updateTrip(Long id, TripRequest request) {
        Trip trip = loadTrip(id);
        if (!trip.getCode().equals(request.getCode()) || !trip.getDestination().getCode().equals(request.getDestination())) {
            throw new TravelDeskException(HttpStatus.CONFLICT, "TRIP_IDENTITY_CHANGED",
                    "The code and destination of trip " + trip.getCode() + " cannot change");
        }
        int booked = trip.getSeatsBooked();
        if (request.getSeatsTotal() < booked) {
            throw new TravelDeskException(HttpStatus.CONFLICT, "SEATS_BELOW_BOOKED",
                    booked + " seats of " + trip.getCode() + " are already booked");
        }
        apply(trip, request);
        trip.setSeatsAvailable(request.getSeatsTotal() - booked);
        return TripDto.from(trip);
    }

    /** Used by the price form of the trips page. */
    public TripDto changePrice(String code, Money newPrice) {
        Trip trip = tripRepository.findByCode(code)
                .orElseThrow(() -> new EntityNotFoundException("Trip " + code + " not found"));
        log.info("Price of {} changed from {} to {}", code, MoneyUtils.format(trip.getPrice()), MoneyUtils.format(newPrice));
        trip.setPrice(newPrice);
        return TripDto.from(trip);
    }

    private Trip loadTrip(Long id) {
        return tripRepository.findById(id).orElseThrow(() -> new EntityNotFoundException("Trip " + id + " not found"));
    }

    private static void apply(Trip trip, TripRequest request) {
        trip.setTitle(request.getTitle());
        trip.setPrice(Money.of(MoneyUtils.round(request.getPrice()), request.getCurrency()));
        trip.setSeatsTotal(request.getSeatsTotal());
        trip.setDepartureDate(request.getDepartureDate());
        trip.setDurationDays(request.getDurationDays());
    }
}
