package com.acme.travel.web;

import com.acme.travel.domain.Money;
import com.acme.travel.dto.TripDto;
import com.acme.travel.service.CatalogService;
import com.acme.travel.util.MoneyUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trips page of the back office, with its price form.
 */
@Controller
@RequestMapping("/trips")
public class TripPageController {

    private final CatalogService catalogService;

    @Value("${travel.agency-name}")
    private String agencyName;

    public TripPageController(CatalogService catalogService) {
        this.catalogService = catalogService;
    }

    @GetMapping
    public String trips(Model model) {
        model.addAttribute("agencyName", agencyName);
        model.addAttribute("trips", catalogService.findTrips(null, null));
        return "trips";
    }

    @PostMapping("/reprice")
    public String reprice(@RequestParam String code, @RequestParam Money newPrice, RedirectAttributes redirect) {
        TripDto trip = catalogService.changePrice(code, newPrice);
        redirect.addFlashAttribute("message", "Price of " + trip.getCode() + " is now " + MoneyUtils.format(trip.getPrice()));
        return "redirect:/trips";
    }
}
