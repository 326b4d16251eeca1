package com.example.bikes.rental;

import com.example.bikes.bike.BikeType;
import com.example.bikes.bike.BikeTypeRepository;
import com.example.bikes.customer.Customer;
import com.example.bikes.customer.CustomerRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.SessionAttributes;
import org.springframework.web.bind.support.SessionStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Books a bike in two steps; the form lives in the HTTP session until the booking is made.
 */
@Controller
@RequestMapping("/rentals/new")
@SessionAttributes("booking")
class BookingController {

    private static final String CHOOSE_BIKE = "rentals/chooseBike";

    private static final String SCHEDULE = "rentals/schedule";

    private final RentalService rentalService;

    private final CustomerRepository customers;

    private final BikeTypeRepository bikeTypes;

    BookingController(RentalService rentalService, CustomerRepository customers, BikeTypeRepository bikeTypes) {
        this.rentalService = rentalService;
        this.customers = customers;
        this.bikeTypes = bikeTypes;
    }

    @ModelAttribute("booking")
    BookingForm booking() {
        return new BookingForm();
    }

    @ModelAttribute("customers")
    List<Customer> customers() {
        return customers.findAllByOrderByLastNameAscFirstNameAsc();
    }

    @ModelAttribute("bikeTypes")
    List<BikeType> bikeTypes() {
        return bikeTypes.findAllByOrderByDailyRateAsc();
    }

    @GetMapping
    String chooseBike() {
        return CHOOSE_BIKE;
    }

    @PostMapping
    String bikeChosen(@Validated(BookingForm.BikeChoice.class) @ModelAttribute("booking") BookingForm booking,
            BindingResult result) {
        if (!result.hasFieldErrors("customerId") && !customers.existsById(booking.getCustomerId())) {
            result.rejectValue("customerId", "unknown");
        }
        if (result.hasErrors()) {
            return CHOOSE_BIKE;
        }
        return "redirect:/rentals/new/schedule";
    }

    @GetMapping("/schedule")
    String schedule(@ModelAttribute("booking") BookingForm booking, Model model) {
        Optional<Customer> customer = booking.isBikeChosen() ? customers.findById(booking.getCustomerId()) : Optional.empty();
        if (customer.isEmpty()) {
            return "redirect:/rentals/new";
        }
        model.addAttribute("customer", customer.get());
        return SCHEDULE;
    }

    @PostMapping("/schedule")
    String book(@Validated(BookingForm.Schedule.class) @ModelAttribute("booking") BookingForm booking,
            BindingResult result, Model model, SessionStatus sessionStatus, RedirectAttributes redirectAttributes) {
        if (!booking.isBikeChosen()) {
            return "redirect:/rentals/new";
        }
        if (!result.hasErrors()) {
            try {
                Rental rental = rentalService.book(booking);
                sessionStatus.setComplete();
                redirectAttributes.addFlashAttribute("message", "Rental created");
                return "redirect:/rentals/" + rental.getId();
            }
            catch (NoBikeAvailableException ex) {
                result.reject("noBikeAvailable", new Object[] {ex.getBikeType()}, ex.getMessage());
            }
        }
        customers.findById(booking.getCustomerId()).ifPresent(c -> model.addAttribute("customer", c));
        return SCHEDULE;
    }
}
