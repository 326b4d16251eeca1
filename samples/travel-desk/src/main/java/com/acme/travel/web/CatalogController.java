package com.acme.travel.web;

import com.acme.travel.domain.Destination;
import com.acme.travel.domain.Money;
import com.acme.travel.dto.TripDto;
import com.acme.travel.dto.TripRequest;
import com.acme.travel.service.CatalogService;
import java.net.URI;
import java.util.List;
import javax.validation.Valid;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api")
public class CatalogController {

    @Autowired
    private CatalogService catalogService;

    @GetMapping("/destinations")
    public List<Destination> destinations() {
        return catalogService.findDestinations();
    }

    /**
     * GET /api/trips?destination=LIS&maxPrice=1500EUR (both optional).
     */
    @GetMapping("/trips")
    public List<TripDto> trips(@RequestParam(required = false) String destination,
                               @RequestParam(required = false) Money maxPrice) {
        return catalogService.findTrips(destination, maxPrice);
    }

    @GetMapping("/trips/{id}")
    public TripDto trip(@PathVariable Long id) {
        return catalogService.getTrip(id);
    }

    @PostMapping("/trips")
    public ResponseEntity<TripDto> create(@Valid @RequestBody TripRequest request) {
        TripDto trip = catalogService.createTrip(request);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(trip.getId()).toUri();
        return ResponseEntity.created(location).body(trip);
    }

    @PutMapping("/trips/{id}")
    public TripDto update(@PathVariable Long id, @Valid @RequestBody TripRequest request) {
        return catalogService.updateTrip(id, request);
    }
}
