package com.example.bikes.rental;

import com.example.bikes.maintenance.ServiceRecord;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RentalController {

    private final RentalService rentalService;

    private final RentalRepository rentals;

    RentalController(RentalService rentalService, RentalRepository rentals) {
        this.rentalService = rentalService;
        this.rentals = rentals;
    }

    @GetMapping("/rentals")
    String list(Model model) {
        model.addAttribute("rentals", rentals.findAllByOrderByStartDateDescIdDesc());
        return "rentals/rentalList";
    }

    @GetMapping("/rentals/{rentalId}")
    String show(@PathVariable int rentalId, Model model) {
        model.addAttribute("rental", rentalService.find(rentalId));
        return "rentals/rentalDetails";
    }

    @PostMapping("/rentals/{rentalId}/return")
    String returnBike(@PathVariable int rentalId, RedirectAttributes redirectAttributes) {
        Rental rental = rentalService.find(rentalId);
        if (!rental.isOpen()) {
            redirectAttributes.addFlashAttribute("message", "This rental was already returned");
            return "redirect:/rentals/{rentalId}";
        }
        Optional<ServiceRecord> serviceJob = rentalService.returnBike(rentalId);
        redirectAttributes.addFlashAttribute("message", serviceJob
                .map(job -> "Bike returned; " + job.getBike().getLabel() + " goes to the workshop for its inspection")
                .orElse("Bike returned, thank you!"));
        return "redirect:/rentals/{rentalId}";
    }
}
