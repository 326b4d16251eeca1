package com.example.bikes.rental;

import com.example.bikes.bike.BikeType;
import com.example.bikes.customer.Customer;
import com.example.bikes.customer.CustomerRepository;
import com.example.bikes.customer.MembershipLevel;
import com.example.bikes.system.ResourceNotFoundException;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RentalApiController {

    private final RentalService rentalService;

    private final RentalRepository rentals;

    private final CustomerRepository customers;

    private final PriceCalculator priceCalculator;

    RentalApiController(RentalService rentalService, RentalRepository rentals, CustomerRepository customers,
            PriceCalculator priceCalculator) {
        this.rentalService = rentalService;
        this.rentals = rentals;
        this.customers = customers;
        this.priceCalculator = priceCalculator;
    }

    @GetMapping("/api/rentals/{rentalId}")
    RentalDto rental(@PathVariable int rentalId) {
        return RentalDto.of(rentalService.find(rentalId));
    }

    @GetMapping("/api/customers/{customerId}/rentals")
    List<RentalDto> rentalsOf(@PathVariable int customerId) {
        if (!customers.existsById(customerId)) {
            throw new ResourceNotFoundException("Customer", customerId);
        }
        return rentals.findByCustomerIdOrderByStartDateDesc(customerId).stream().map(RentalDto::of).toList();
    }

    /** What a rental would cost; without a customer, the price for a visitor without membership. */
    @GetMapping("/api/rentals/quote")
    PriceQuote quote(@RequestParam BikeType bikeType, @RequestParam int days,
            @RequestParam(required = false) Integer customerId) {
        MembershipLevel membership = MembershipLevel.NONE;
        if (customerId != null) {
            membership = customers.findById(customerId).map(Customer::getMembership)
                    .orElseThrow(() -> new ResourceNotFoundException("Customer", customerId));
        }
        return new PriceQuote(bikeType.getName(), days, membership,
                priceCalculator.price(bikeType, days, membership));
    }

    record PriceQuote(String bikeType, int days, MembershipLevel membership, BigDecimal price) {
    }
}
